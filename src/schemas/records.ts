import { z } from 'zod';
import { bilingualSchema } from './manifest.ts';

/**
 * Curated records: what a scholar writes down from the sources' prose. Every record carries
 * its evidence, and the validator (scripts/check/) proves each claim against the seeds.
 */

/** ISO 3166-1 alpha-2 codes of the countries the sources name as partners. */
export const countrySchema = z.enum(['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU', 'MN', 'CN', 'PK', 'AF']);
export type Country = z.infer<typeof countrySchema>;

/** Record ids are kebab-case English, stable once published: they are URLs. */
export const recordIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and hyphens');

/**
 * 出处 — one piece of evidence: a passage of a source document. `quote` must occur literally
 * (as printed, errata included) in the node `anchor` names; for a table, in one of its cells
 * or its caption.
 */
export const sourceRefSchema = z.object({
  /** Slug of the source document (seeds/manifest.yaml). */
  doc: z.string(),
  /** Anchor of the paragraph, heading, caption or table in the reader (`p-3a0f0b3f`). */
  anchor: z.string().regex(/^[hpftea]-[0-9a-f]{8}(?:-\d+)?$/),
  quote: z.string().min(2),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

const sources = z.array(sourceRefSchema).min(1);

/**
 * The candidate (content/candidates/) a curated record was accepted from, when it names one; records
 * that do not are matched to their candidates by name and passage (scripts/extract/candidates/review.ts).
 */
const candidate = z.string().optional();

/**
 * Countries a record credits that none of its quotes (nor its parent platform's) names, such
 * as a partner read from a collective phrase: each is marked, with the reading that gives it.
 */
export const countriesInferredSchema = z.object({ countries: z.array(countrySchema).min(1), note: bilingualSchema });

/** A number stated about a record, kept as printed (`40TB`, `3990条`, `1000人次`). */
export const statedFigureSchema = z.object({
  /** The figure exactly as printed, number and unit. */
  printed: z.string().min(1),
  /** What it counts or measures. */
  measures: bilingualSchema,
});

/** 平台类型 — kinds of cooperation platforms. */
export const platformKindSchema = z.enum([
  'research-centre',
  'branch-centre',
  'joint-laboratory',
  'technology-park',
  'technology-transfer-centre',
  'incubator',
  'demonstration-base',
  'field-station-network',
  'information-network',
  'database',
  'training-centre',
  'cooperation-centre',
  'service-platform',
  'fund',
  'other',
]);
export type PlatformKind = z.infer<typeof platformKindSchema>;

/** What the sources say happened to a platform in a given year. */
export const platformStatusSchema = z.enum(['built', 'launched', 'proposed', 'upgraded', 'operating', 'planned']);

/** 合作平台 — a named cooperation platform (frontmatter of content/curated/platforms/<id>.mdx). */
export const platformSchema = z.object({
  candidate,
  /** The name as printed (Chinese); its English form comes from the glossary. */
  name: z.string().min(2),
  /** Other printed forms of the name, each also found in the sources. */
  aliases: z.array(z.string()).default([]),
  kind: platformKindSchema,
  /** Partner countries as the sources state them; empty when the sources name none. */
  countries: z.array(countrySchema),
  countriesInferred: countriesInferredSchema.optional(),
  /** 依托单位 — the Chinese institution that built or runs it, as printed; null if not stated. */
  host: z.string().nullable(),
  /** Where it is abroad (a place name as printed), or null. */
  location: z.string().nullable(),
  /** Id of the parent platform (a branch's centre, a base's complex); absent for a top-level platform. */
  parent: z.string().optional(),
  /** Year of the status below when the sources give one. */
  year: z.number().int().nullable(),
  status: platformStatusSchema.nullable(),
  /** Figures the sources state about it (12 field stations, 40TB of data…). */
  figures: z.array(statedFigureSchema).default([]),
  // The narrative (zh, and en as its translation) is the MDX body: src/lib/record-body.ts.
  sources,
});
export type Platform = z.infer<typeof platformSchema>;

/** 发展阶段 — the phases of Xinjiang–Central Asia technology transfer named in the article (001). */
export const phaseSchema = z.enum(['1988-1999', '2000-2010', 'since-2010', '2017-2018']);
export type Phase = z.infer<typeof phaseSchema>;

/** A date as precise as the source gives it. */
export const eventDateSchema = z
  .object({
    year: z.number().int().min(1900).max(2100),
    month: z.number().int().min(1).max(12).nullable().default(null),
    day: z.number().int().min(1).max(31).nullable().default(null),
    /** For a period: the last year. */
    toYear: z.number().int().nullable().default(null),
    /** For an open period “N 年以来” (since N): `year` is where it starts and it has no end. */
    openEnded: z.boolean().default(false),
  })
  .refine((d) => d.day === null || d.month !== null, 'a day needs a month')
  .refine(
    (d) => !d.openEnded || (d.toYear === null && d.month === null),
    'an open period (since a year) has neither toYear nor month',
  );

export const eventKindSchema = z.enum([
  'strategic-partnership',
  'comprehensive-strategic-partnership',
  'cooperation-start',
  'agreement',
  'meeting',
  'training',
  'platform',
  'project',
  'policy',
  'investment',
  'media',
  'other',
]);

/** 大事记 — a dated event (frontmatter of content/curated/events/<id>.mdx). */
export const eventSchema = z.object({
  candidate,
  title: bilingualSchema,
  date: eventDateSchema,
  kind: eventKindSchema,
  phase: phaseSchema,
  countries: z.array(countrySchema),
  countriesInferred: countriesInferredSchema.optional(),
  /** Ids of related records: platforms, cases, policies. */
  related: z.array(z.string()).default([]),
  // The narrative is the MDX body (src/lib/record-body.ts).
  sources,
});
export type TimelineEvent = z.infer<typeof eventSchema>;

/** 案例 — an enterprise case study or an S&T aid project (content/curated/cases/<id>.mdx). */
export const caseSchema = z.object({
  candidate,
  kind: z.enum(['enterprise', 'aid-project']),
  /** The firm or lead organisation as printed. */
  actor: z.string().min(2),
  /** Years as printed in the source (a case may give two). */
  years: z.array(z.number().int()),
  /** Partner countries as stated. */
  countries: z.array(countrySchema),
  countriesInferred: countriesInferredSchema.optional(),
  /** Partners as printed (organisations or countries). */
  partners: z.array(z.string()).default([]),
  title: bilingualSchema,
  // What was done and its results are the MDX body's `content` and `results` parts (src/lib/record-body.ts).
  figures: z.array(statedFigureSchema).default([]),
  related: z.array(z.string()).default([]),
  sources,
});
export type Case = z.infer<typeof caseSchema>;

/** 关键数据 — a key statistic stated in prose (content/curated/figures.yaml). */
export const keyFigureSchema = z.object({
  id: recordIdSchema,
  candidate,
  /** The figure as printed, e.g. `1746亿元`, `97.1%`, `近百户`. */
  printed: z.string().min(1),
  /** The number alone as printed digits (`1746`, `97.1`); null for words such as 近百. */
  value: z.number().nullable(),
  /** The unit as printed (`亿元`, `%`, `家`). */
  unit: z.string(),
  /** 约/近/以上/余/多 and similar qualifiers, as printed; null when exact. */
  qualifier: z.string().nullable().default(null),
  measures: bilingualSchema,
  /** The year the number describes (reference year), when the source gives it. */
  year: z.number().int().nullable(),
  countries: z.array(countrySchema).default([]),
  countriesInferred: countriesInferredSchema.optional(),
  topic: z.enum([
    'trade',
    'investment',
    'platforms',
    'projects',
    'funding',
    'enterprises',
    'people',
    'policy',
    'infrastructure',
    'education',
    'other',
  ]),
  sources,
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

/** 术语表 — the single source of English names (content/curated/glossary/*.yaml). */
export const glossaryEntrySchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  /** True only for an established official English name the project is sure of. */
  official: z.boolean(),
  kind: z.enum(['country', 'place', 'organisation', 'company', 'platform', 'programme', 'policy', 'event', 'term']),
  /** Other Chinese forms (abbreviations, fuller names) that mean the same thing, each printed in a source. */
  aliases: z.array(z.string()).default([]),
  /** Other English forms, such as the abbreviation CAS; search finds the entry by these too. */
  enAliases: z.array(z.string()).default([]),
  /**
   * English forms seen elsewhere that the project does not use (Kuitun for Kuytun). Search still
   * finds the entry by them; a test fails if one appears on an English page.
   */
  enRejected: z.array(z.string()).default([]),
  /** Longer Chinese words that contain a form but are not this entry (科技部分 for 科技部). */
  notWithin: z.array(z.string()).default([]),
  /** ISO code for countries. */
  country: countrySchema.optional(),
  /**
   * Where the English comes from: one short URL or citation of the body's own English publication
   * (or, for countries and places, the standard followed). Absent: not yet checked.
   */
  source: z.string().optional(),
  /** Countries: the one-character form the sources use in compounds such as 中哈 and 中-塔 (哈, 塔). */
  short: z.string().length(1).optional(),
  /**
   * Countries the yearbook covers: each has a country page, a directory filter value and a place
   * on the map, and the site lists them in the order of the glossary file.
   */
  covered: z.boolean().optional(),
  /** Countries: one of the five that 中亚五国 (the five Central Asian countries) names. */
  centralAsia: z.boolean().optional(),
  note: z.string().optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A platform-like name found in the sources that deliberately has no platform record. */
export const exclusionSchema = z.object({
  name: z.string().min(2),
  reason: z.string().min(5),
  /** Slug of the one document the exclusion is about; absent, it holds wherever the name is found. */
  doc: z.string().optional(),
});

/**
 * 政策文件 — curated facts about a document the sources cite (content/curated/policies.yaml).
 * Titles cited in 《》 are found mechanically and matched here by `title`; a document cited
 * without 《》 (such as “试验区建设 18条政策”) carries its own `sources`.
 */
export const policyOverlaySchema = z.object({
  id: recordIdSchema,
  /** One printed title; other printed titles with the same 文号 join it automatically. */
  title: z.string(),
  kind: z.enum([
    'policy',
    'plan',
    'agreement',
    'resolution',
    'notice',
    'programme-document',
    'letter',
    'policy-package',
    'other',
  ]),
  /** Issuing body (or signing parties) as stated in the sources; null when not stated. */
  issuer: z.string().nullable(),
  titleEn: z.string(),
  /** Year of issue when the sources state it but the 文号 does not show it. */
  year: z.number().int().nullable().default(null),
  note: bilingualSchema.optional(),
  /** Evidence for a document not cited in 《》, or for the year. */
  sources: z.array(sourceRefSchema).default([]),
});
export type PolicyOverlay = z.infer<typeof policyOverlaySchema>;
