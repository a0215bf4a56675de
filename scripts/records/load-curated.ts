import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseWithFriendlyErrors } from '../../src/schemas/parse-with-friendly-errors.ts';
import {
  caseSchema,
  eventSchema,
  exclusionSchema,
  keyFigureSchema,
  platformSchema,
  policyOverlaySchema,
  type Case,
  type GlossaryEntry,
  type KeyFigure,
  type Platform,
  type TimelineEvent,
} from '../../src/schemas/records.ts';
import {
  candidateRejectionSchema,
  extractionWordsSchema,
  type ExtractionWords,
} from '../../src/schemas/candidates.ts';
import { tableMetaSchema, type TableMeta } from '../../src/schemas/tables.ts';
import { readGlossary } from '../../src/lib/read-glossary.ts';
import { parseYaml } from '../../src/lib/parse-yaml.ts';
import { readFrontmatter } from './frontmatter.ts';
import { readDocumentKinds } from '../../src/lib/document-kinds.ts';
import type { DocumentKind } from '../../src/schemas/manifest.ts';

/** An MDX record: id from its file name, validated frontmatter, and the editor's prose. */
export interface MdxRecord<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export interface Curated {
  platforms: MdxRecord<Platform>[];
  events: MdxRecord<TimelineEvent>[];
  cases: MdxRecord<Case>[];
  figures: KeyFigure[];
  glossary: (GlossaryEntry & { file: string })[];
  exclusions: z.infer<typeof exclusionSchema>[];
  policies: z.infer<typeof policyOverlaySchema>[];
  tables: TableMeta[];
  kinds: DocumentKind[];
  /** The candidate extractor's word lists (content/curated/extraction/words.yaml). */
  words: ExtractionWords;
  /** Candidates an editor rejected, each with its reason (content/curated/candidate-rejections.yaml). */
  rejections: z.infer<typeof candidateRejectionSchema>[];
}

function loadMdx<T extends z.ZodType>(dir: string, schema: T): MdxRecord<z.infer<T>>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const { data, body } = readFrontmatter(readFileSync(file, 'utf8'), file);
      return { id: f.slice(0, -4), file, data: parseWithFriendlyErrors(schema, data, file), body };
    });
}

function loadList<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  if (!existsSync(file)) return [];
  return parseWithFriendlyErrors(z.array(schema), parseYaml(readFileSync(file, 'utf8'), file) ?? [], file);
}

/** Reads every hand-written record under content/curated/, validating each against its schema. */
export function loadCurated(dir: string): Curated {
  const glossary = readGlossary(join(dir, 'glossary'));
  return {
    platforms: loadMdx(join(dir, 'platforms'), platformSchema),
    events: loadMdx(join(dir, 'timeline'), eventSchema),
    cases: loadMdx(join(dir, 'cases'), caseSchema),
    figures: loadList(join(dir, 'figures.yaml'), keyFigureSchema),
    glossary,
    exclusions: loadList(join(dir, 'platform-exclusions.yaml'), exclusionSchema),
    policies: loadList(join(dir, 'policies.yaml'), policyOverlaySchema),
    tables: loadList(join(dir, 'tables.yaml'), tableMetaSchema),
    words: readExtractionWords(join(dir, 'extraction/words.yaml')),
    rejections: loadList(join(dir, 'candidate-rejections.yaml'), candidateRejectionSchema),
    kinds: existsSync(join(dir, 'document-kinds.yaml')) ? readDocumentKinds(join(dir, 'document-kinds.yaml')) : [],
  };
}

/** The extractor's word lists; errors name the file and line. */
export function readExtractionWords(file: string): ExtractionWords {
  if (!existsSync(file)) throw new Error(`${file}: missing; the candidate extractor reads its word lists from it`);
  return parseWithFriendlyErrors(extractionWordsSchema, parseYaml(readFileSync(file, 'utf8'), file), file);
}
