/**
 * Validates the curated records against the seeds and prints every problem.
 *   node scripts/check-records.ts
 */
import { fileURLToPath } from 'node:url';
import { buildDocuments } from './build-documents.ts';
import { loadCurated } from './records/load-curated.ts';
import { validateCurated } from './records/validate.ts';
import { findPlatformNames } from './extract/platform-names.ts';
import { OpenItems } from './intake/open-items.ts';
import { isDraft } from '../src/schemas/manifest.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
try {
  const documents = buildDocuments(`${ROOT}seeds`);
  const curated = loadCurated(`${ROOT}content/curated`);
  if (process.argv.includes('--candidates')) {
    for (const c of findPlatformNames(documents)) console.log(`${c.name}\t${c.doc}#${c.anchor}`);
    process.exit(0);
  }
  // Names found only in drafts are open items (npm run intake-report), not problems.
  const open = new OpenItems(new Set(documents.filter(isDraft).map((d) => d.slug)));
  const problems = validateCurated(curated, documents, [], open);
  const filter = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
  const shown = filter ? problems.filter((p) => p.includes(filter)) : problems;
  for (const p of shown) console.log(p);
  console.error(`${curated.platforms.length} platforms, ${curated.events.length} events, ${curated.cases.length} cases, ${curated.figures.length} figures, ${curated.glossary.length} glossary entries: ${problems.length} problems${filter ? ` (${shown.length} matching “${filter}”)` : ''}`);
  process.exit(problems.length ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
