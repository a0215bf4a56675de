/**
 * The one orchestrator that does file I/O for the data pipeline:
 * seeds/ → parse + validate → content/ (generated).
 *
 *   node scripts/build-content.ts          write content/
 *   node scripts/build-content.ts --check  fail if content/ differs from what the seeds give
 */
import { fileURLToPath } from 'node:url';
import { checkTranslations } from './check/translations.ts';
import { diffGenerated, toJson, writeGenerated, type GeneratedFile } from './generated-files.ts';
import { assemblePipeline, curatedProblems } from './pipeline.ts';
import { INTAKE_REPORT, intakeReport, reportSummary } from './intake/report.ts';
import { readManifest } from './build-documents.ts';
import { readTranslations } from '../src/lib/read-translations.ts';
import { candidateMdx, candidatePath } from './extract/candidates/mdx.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The editors' tool that lists every curated record lacking evidence. */
const CHECK_RECORDS = 'npx node scripts/check-records.ts';
/** Folders whose every file (but README.md) is generated. */
export const GENERATED_DIRS = [
  'content/documents',
  'content/tables',
  'content/programmes',
  'content/policies',
  'content/organisations',
  'content/intake',
  'content/candidates',
] as const;

/**
 * Everything the pipeline generates, in memory: document trees, typed tables, the 2018 call and
 * the cited policies. Curated records are validated against the seeds first; any unproven claim
 * stops the build with the record and the missing evidence named.
 */
export function generateContent(root: string, options: { validate?: boolean } = {}): GeneratedFile[] {
  const pipeline = assemblePipeline(root);
  const { documents, tables, programmes, policies, organisations, candidates, open } = pipeline;
  if (options.validate !== false) {
    const problems = curatedProblems(pipeline);
    if (problems.length)
      throw new Error(
        `${problems.length} curated records lack evidence:` +
          `\n  ${problems.slice(0, 40).join('\n  ')}` +
          `${problems.length > 40 ? `\n  … and ${problems.length - 40} more (${CHECK_RECORDS} lists all)` : ''}`,
      );
    // The English edition is checked here, before Astro, so a broken token or a stale entry stops the
    // build naming file:line instead of printing on a page or crashing astro build.
    const translation = checkTranslations(root, documents).problems;
    if (translation.length) {
      const shown = translation.slice(0, 40).join('\n  ');
      const more =
        translation.length > 40
          ? `\n  … and ${translation.length - 40} more (npx node scripts/check-translations.ts)`
          : '';
      throw new Error(`${translation.length} translation problems:\n  ${shown}${more}`);
    }
  }
  return [
    ...documents.map((doc) => ({ path: `content/documents/${doc.slug}.json`, content: toJson(doc) })),
    ...tables.map((t) => ({ path: `content/tables/${t.id}.json`, content: toJson(t) })),
    ...programmes.map((p) => ({ path: `content/programmes/${p.id}.json`, content: toJson(p) })),
    ...policies.map((p) => ({ path: `content/policies/${p.id}.json`, content: toJson(p) })),
    ...organisations.map((o) => ({ path: `content/organisations/${o.id}.json`, content: toJson(o) })),
    // Candidate records of every document, reviewed or not (scripts/extract/candidates/).
    ...candidates.map((c) => ({ path: candidatePath(c), content: candidateMdx(c) })),
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
