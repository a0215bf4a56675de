import { z } from 'zod';
import {
  countrySchema,
  eventDateSchema,
  eventKindSchema,
  platformKindSchema,
  platformStatusSchema,
  recordIdSchema,
  sourceRefSchema,
} from './records.ts';

/**
 * Candidate records: what the extractor proposes from a document's text, before an editor reviews
 * it. They are generated (content/candidates/<collection>/<id>.mdx) and share their field shapes with
 * the curated records (countries, dates, kinds, statuses, evidence), so accepting one is a copy.
 */

export const candidateCollectionSchema = z.enum(['platforms', 'events', 'figures', 'cases', 'policies']);
export type CandidateCollection = z.infer<typeof candidateCollectionSchema>;

/** A country the passage names, with the printed form that names it (哈萨克斯坦, 中哈, 中亚五国). */
export const countryEvidenceSchema = z.object({ code: countrySchema, printed: z.string().min(1) });

/** A number with its unit as printed, read by scripts/extract/quantities.ts. */
export const candidateQuantitySchema = z.object({
  printed: z.string().min(1),
  value: z.number(),
  max: z.number().nullable(),
  scale: z.enum(['千', '万', '亿']).nullable(),
  unit: z.string(),
  qualifier: z.string().nullable(),
  /** The words before the number in its clause: what it counts, as printed. */
  subject: z.string(),
});

/**
 * Where a candidate stands: `unreviewed` until a curated record takes it (`accepted`, naming the
 * record) or a rejection with its reason is written (`rejected`).
 */
export const candidateReviewSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unreviewed') }),
  z.object({ status: z.literal('accepted'), record: z.string() }),
  z.object({ status: z.literal('rejected'), reason: z.string().min(5) }),
]);
export type CandidateReview = z.infer<typeof candidateReviewSchema>;

/** Front matter of a candidate record. Fields a collection does not use are null or empty. */
export const candidateSchema = z.object({
  /** Says the file is generated and from what, so nobody edits it by hand. */
  generated: z.string(),
  collection: candidateCollectionSchema,
  /** The document it was extracted from. */
  doc: z.string(),
  /** What it is called as printed: a platform's name, a firm, a figure, a policy title, an event's sentence. */
  name: z.string().min(1),
  /** A platform kind (from its ending) or an event kind (from its sentence's words); null when none applies. */
  platformKind: platformKindSchema.nullable(),
  eventKind: eventKindSchema.nullable(),
  countries: z.array(countryEvidenceSchema),
  /** The host institution as printed (依托…), else null. */
  host: z.string().nullable(),
  /** A place abroad or in Xinjiang as printed (在塔什干…), else null. */
  place: z.string().nullable(),
  /** A year, a month, a period or an open period (since N), as printed in the passage. */
  date: eventDateSchema.nullable(),
  /** The date expression as printed (`2018年6月`, `2010年以来`), else null. */
  datePrinted: z.string().nullable(),
  quantities: z.array(candidateQuantitySchema),
  status: platformStatusSchema.nullable(),
  /** The passages it comes from, each quoted literally. */
  sources: z.array(sourceRefSchema).min(1),
  review: candidateReviewSchema,
});
export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateData = Omit<Candidate, 'generated' | 'review'> & { id: string };

/** A rejected candidate, scoped to its document by the id (content/curated/candidate-rejections.yaml). */
export const candidateRejectionSchema = z.object({
  candidate: recordIdSchema,
  reason: z.string().min(5),
});

/** The extractor's word lists (content/curated/extraction/words.yaml). */
export const extractionWordsSchema = z.object({
  platforms: z.object({
    suffixes: z.record(z.string(), platformKindSchema),
    leadIns: z.array(z.string().min(1)),
    followers: z.array(z.string().length(1)),
    status: z.record(z.string(), platformStatusSchema),
    hostBefore: z.array(z.string().min(1)),
    hostAfter: z.array(z.string().min(1)),
  }),
  events: z.object({
    kinds: z.record(z.string(), eventKindSchema),
    namedEventEndings: z.array(z.string().min(1)),
  }),
  figures: z.object({ units: z.array(z.string().min(1)).min(1), skipUnits: z.array(z.string()) }),
  cases: z.object({
    firmSuffixes: z.array(z.string().min(1)),
    projectWords: z.array(z.string().min(1)),
    tableHeaders: z.array(z.string().min(1)),
  }),
  policies: z.object({ titleEndings: z.array(z.string().min(1)) }),
});
export type ExtractionWords = z.infer<typeof extractionWordsSchema>;
