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
import { candidateRejectionSchema, extractionWordsSchema, type ExtractionWords } from '../../src/schemas/candidates.ts';
import { tableMetaSchema, type TableMeta } from '../../src/schemas/tables.ts';
import { readGlossary } from '../../src/lib/read-glossary.ts';
import { parseYaml } from '../../src/lib/parse-yaml.ts';
import { frontmatterLines, readFrontmatter } from './frontmatter.ts';
import { yamlLines } from '../../src/lib/yaml-lines.ts';
import { readDocumentKinds } from '../../src/lib/document-kinds.ts';
import { parseRecordBody, type RecordBody } from '../../src/lib/record-body.ts';
import type { DocumentKind } from '../../src/schemas/manifest.ts';

/** An MDX record: id from its file name, validated frontmatter, and the editor's prose. */
export interface MdxRecord<T> {
  id: string;
  file: string;
  data: T;
  body: string;
  /** The body read as language blocks, with the quotes and references its components make. */
  prose: RecordBody;
}

/** Front-matter keys that held the narrative before it moved to the body; a leftover would be dropped silently. */
const MOVED_TO_BODY = ['summary', 'content', 'results'];

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
  /**
   * The line of every key path in each curated file (`figures.yaml` → `[3].measures.en` → 41), keyed by
   * the file's path under content/curated/, so checks can name the line to edit (src/lib/yaml-lines.ts).
   */
  lines?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Line maps of every YAML and MDX file in content/curated/ (and its record folders). */
function curatedLines(dir: string): Map<string, Map<string, number>> {
  const lines = new Map<string, Map<string, number>>();
  for (const sub of ['', 'platforms', 'events', 'cases', 'glossary']) {
    if (!existsSync(join(dir, sub))) continue;
    for (const f of readdirSync(join(dir, sub)).sort()) {
      const key = sub ? `${sub}/${f}` : f;
      const text = () => readFileSync(join(dir, key), 'utf8');
      if (f.endsWith('.yaml')) lines.set(key, yamlLines(text()));
      else if (f.endsWith('.mdx')) lines.set(key, frontmatterLines(text()));
    }
  }
  return lines;
}

function loadMdx<T extends z.ZodType>(dir: string, schema: T): MdxRecord<z.infer<T>>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      const { data, body } = readFrontmatter(text, file);
      const moved = MOVED_TO_BODY.find((k) => data !== null && typeof data === 'object' && k in data);
      if (moved) {
        const why = 'the narrative is the MDX body (<Zh>…</Zh> <En>…</En>)';
        throw new Error(`${file}:1: “${moved}” is no longer front matter: ${why}`);
      }
      const firstLine = text.slice(0, text.length - body.length).split('\n').length;
      const prose = parseRecordBody(body, file, firstLine);
      return { id: f.slice(0, -4), file, data: parseWithFriendlyErrors(schema, data, file), body, prose };
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
    events: loadMdx(join(dir, 'events'), eventSchema),
    cases: loadMdx(join(dir, 'cases'), caseSchema),
    figures: loadList(join(dir, 'figures.yaml'), keyFigureSchema),
    glossary,
    exclusions: loadList(join(dir, 'platform-exclusions.yaml'), exclusionSchema),
    policies: loadList(join(dir, 'policies.yaml'), policyOverlaySchema),
    tables: loadList(join(dir, 'tables.yaml'), tableMetaSchema),
    words: readExtractionWords(join(dir, 'extraction/words.yaml')),
    rejections: loadList(join(dir, 'candidate-rejections.yaml'), candidateRejectionSchema),
    kinds: existsSync(join(dir, 'document-kinds.yaml')) ? readDocumentKinds(join(dir, 'document-kinds.yaml')) : [],
    lines: curatedLines(dir),
  };
}

/** The extractor's word lists; errors name the file and line. */
export function readExtractionWords(file: string): ExtractionWords {
  if (!existsSync(file)) throw new Error(`${file}: missing; the candidate extractor reads its word lists from it`);
  return parseWithFriendlyErrors(extractionWordsSchema, parseYaml(readFileSync(file, 'utf8'), file), file);
}
