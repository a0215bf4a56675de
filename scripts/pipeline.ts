/**
 * The data pipeline assembled in one place: seeds → documents, curated records, extracted tables,
 * policies, the 2018 call and organisations. The build (scripts/build-content.ts), the tests and every
 * editor tool (scripts/check-records.ts, …) use this, so they agree on what exists — a record id
 * valid for the build is valid for the tools.
 */
import { join } from 'node:path';
import type { SourceDocument } from '../src/schemas/document.ts';
import type { Organisation } from '../src/schemas/organisations.ts';
import type { Policy } from '../src/schemas/policies.ts';
import type { Program } from '../src/schemas/programs.ts';
import type { TableRecord } from '../src/schemas/tables.ts';
import { buildDocuments } from './build-documents.ts';
import { extractOrganisations } from './extract/organisations.ts';
import { extractPolicies } from './extract/policies.ts';
import { extractProgram } from './extract/program.ts';
import { extractTables } from './extract/tables.ts';
import { OpenItems } from './intake/open-items.ts';
import { isDraft } from '../src/schemas/manifest.ts';
import { loadCurated, type Curated } from './records/load-curated.ts';
import { validateCurated } from './records/validate.ts';
import { checkTableRowLabels } from './check/table-row-labels.ts';
import { checkTableTitles } from './check/table-titles.ts';
import { checkOrganisationsFound } from './check/organisations-found.ts';
import { checkFormerIds } from './check/former-ids.ts';
import { FORMER_IDS_FILE, readFormerIds } from '../src/lib/former-ids.ts';
import type { FormerId } from '../src/schemas/former-ids.ts';

export interface Pipeline {
  documents: SourceDocument[];
  curated: Curated;
  tables: TableRecord[];
  policies: Policy[];
  programs: Program[];
  organisations: Organisation[];
  /** Record ids that were published and then changed: their old addresses stay (content/curated/former-ids.yaml). */
  formerIds: (FormerId & { line?: number | undefined })[];
  /** What editors must still do for draft documents: their curation gates report here instead of failing. */
  open: OpenItems;
}

/** Reads and extracts everything under `root` (seeds/ and content/curated/); no validation yet. */
export function assemblePipeline(root: string): Pipeline {
  const documents = buildDocuments(join(root, 'seeds'));
  const curated = loadCurated(join(root, 'content/curated'));
  const open = new OpenItems(new Set(documents.filter(isDraft).map((d) => d.slug)));
  const tables = extractTables(documents, curated.tables, open);
  const policies = extractPolicies(documents, curated.policies, open);
  const call = documents.find((d) => d.kind === 'funding-call');
  const programs = call ? [extractProgram(call, tables)] : [];
  const organisations = extractOrganisations(curated, documents);
  const formerIds = readFormerIds(root);
  return { documents, curated, tables, policies, programs, organisations, formerIds, open };
}

/** Ids of the generated records that curated records may name (in `related:` and the like). */
export const generatedRecordIds = (p: Pipeline): string[] => [
  ...p.tables.map((t) => t.id),
  ...p.policies.map((x) => x.id),
  ...p.programs.flatMap((x) => [x.id, ...x.keyProjects.map((k) => k.id)]),
];

/**
 * Every curated claim checked against the seeds and every reference against what exists. Gates of
 * draft documents add to `p.open` instead (read it after calling this).
 */
export const curatedProblems = (p: Pipeline): string[] => [
  ...validateCurated(p.curated, p.documents, generatedRecordIds(p), p.open),
  ...checkTableRowLabels(p.tables),
  ...checkTableTitles(p.tables),
  ...checkOrganisationsFound(p.organisations),
  ...checkFormerIds(p.formerIds, recordIdsBySection(p), FORMER_IDS_FILE),
];

/** The ids of the records that have pages, by the path segment of those pages (`/{lang}/<section>/<id>/`). */
export const recordIdsBySection = (p: Pipeline): Map<string, Set<string>> =>
  new Map([
    ['organisations', new Set(p.organisations.map((o) => o.id))],
    ['platforms', new Set(p.curated.platforms.map((x) => x.id))],
    ['timeline', new Set(p.curated.events.map((x) => x.id))],
    ['cases', new Set(p.curated.cases.map((x) => x.id))],
    ['figures', new Set(p.curated.figures.map((x) => x.id))],
    ['tables', new Set(p.tables.map((x) => x.id))],
    ['policies', new Set(p.policies.map((x) => x.id))],
    ['program', new Set(p.programs.flatMap((x) => x.keyProjects.map((k) => k.id)))],
  ]);
