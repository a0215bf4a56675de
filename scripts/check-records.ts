/**
 * Validates the curated records against the seeds and prints every problem.
 *   npx node scripts/check-records.ts [filter] [--candidates]
 */
import { fileURLToPath } from 'node:url';
import { findPlatformNames } from './extract/platform-names.ts';
import { assemblePipeline, curatedProblems } from './pipeline.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
try {
  const pipeline = assemblePipeline(ROOT);
  const { documents, curated } = pipeline;
  if (process.argv.includes('--candidates')) {
    const names = findPlatformNames(documents, curated.words.platforms);
    for (const c of names) console.log(`${c.name}\t${c.doc}#${c.anchor}`);
    process.exit(0);
  }
  const problems = curatedProblems(pipeline);
  const filter = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
  const shown = filter ? problems.filter((p) => p.includes(filter)) : problems;
  for (const p of shown) console.log(p);
  console.error(
    `${curated.platforms.length} platforms, ${curated.events.length} events, ${curated.cases.length} cases, ` +
      `${curated.figures.length} figures, ${curated.glossary.length} glossary entries: ` +
      `${problems.length} problems${filter ? ` (${shown.length} matching “${filter}”)` : ''}`,
  );
  process.exit(problems.length ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
