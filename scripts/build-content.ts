/**
 * The one orchestrator that does file I/O for the data pipeline:
 * seeds/ → parse + validate → content/ (generated).
 *
 *   node scripts/build-content.ts          write content/
 *   node scripts/build-content.ts --check  fail if content/ differs from what the seeds give
 */
import { fileURLToPath } from 'node:url';
import { buildDocuments } from './build-documents.ts';
import { extractOrganisations } from './extract/organisations.ts';
import { extractPolicies } from './extract/policies.ts';
import { extractProgram } from './extract/program.ts';
import { extractTables } from './extract/tables.ts';
import { diffGenerated, toJson, writeGenerated, type GeneratedFile } from './generated-files.ts';
import { OpenItems } from './intake/open-items.ts';
import { INTAKE_REPORT, intakeReport, reportSummary } from './intake/report.ts';
import { readManifest } from './build-documents.ts';
import { readTranslations } from '../src/lib/read-translations.ts';
import { isDraft } from '../src/schemas/manifest.ts';
import { loadCurated } from './records/load-curated.ts';
import { validateCurated } from './records/validate.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Folders whose every file (but README.md) is generated. */
export const GENERATED_DIRS = [
  'content/documents',
  'content/tables',
  'content/programs',
  'content/policies',
  'content/organisations',
  'content/intake',
] as const;

/**
 * Everything the pipeline generates, in memory: document trees, typed tables, the 2018 call and
 * the cited policies. Curated records are validated against the seeds first; any unproven claim
 * stops the build with the record and the missing evidence named.
 */
export function generateContent(root: string, options: { validate?: boolean } = {}): GeneratedFile[] {
  const documents = buildDocuments(`${root}/seeds`);
  const curated = loadCurated(`${root}/content/curated`);
  // Drafts: their curation gates add open items to the intake report instead of failing.
  const open = new OpenItems(new Set(documents.filter(isDraft).map((d) => d.slug)));
  const tables = extractTables(documents, curated.tables, open);
  const policies = extractPolicies(documents, curated.policies, open);
  const call = documents.find((d) => d.kind === 'funding-call');
  const programs = call ? [extractProgram(call, tables)] : [];
  const organisations = extractOrganisations(curated, documents);
  if (options.validate !== false) {
    const programIds = programs.flatMap((p) => [p.id, ...p.keyProjects.map((k) => k.id)]);
    const ids = [...tables.map((t) => t.id), ...policies.map((p) => p.id), ...programIds];
    const problems = validateCurated(curated, documents, ids, open);
    if (problems.length) throw new Error(`${problems.length} curated records lack evidence:\n  ${problems.slice(0, 40).join('\n  ')}${problems.length > 40 ? `\n  … and ${problems.length - 40} more (node scripts/check-records.ts lists all)` : ''}`);
  }
  return [
    ...documents.map((doc) => ({ path: `content/documents/${doc.slug}.json`, content: toJson(doc) })),
    ...tables.map((t) => ({ path: `content/tables/${t.id}.json`, content: toJson(t) })),
    ...programs.map((p) => ({ path: `content/programs/${p.id}.json`, content: toJson(p) })),
    ...policies.map((p) => ({ path: `content/policies/${p.id}.json`, content: toJson(p) })),
    ...organisations.map((o) => ({ path: `content/organisations/${o.id}.json`, content: toJson(o) })),
    // Open items of drafts and structure warnings: content/intake/report.md.
    intakeReport(
      readManifest(`${root}/seeds`).documents,
      documents,
      open,
      readTranslations(`${root}/content/translations`),
    ),
  ];
}

function main(): void {
  const check = process.argv.includes('--check');
  const started = performance.now();
  // --no-validate writes the mechanical collections while curated records are still being written.
  const files = generateContent(ROOT, { validate: !process.argv.includes('--no-validate') });
  if (check) {
    const problems = diffGenerated(ROOT, GENERATED_DIRS, files);
    if (problems.length) {
      console.error(`content/ is out of date; run npm run content:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.error(`content/ matches the seeds (${files.length} files)`);
    const intake = files.find((f) => f.path === INTAKE_REPORT)!;
    console.error(`${reportSummary(intake.content)} (${INTAKE_REPORT}; npm run intake-report)`);
    return;
  }
  writeGenerated(ROOT, GENERATED_DIRS, files);
  console.error(`wrote ${files.length} files to content/ in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    // Seed errors already name file:line; print the message, not a bare stack.
    console.error(`build-content: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
