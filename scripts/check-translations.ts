/**
 * Checks the English translations against the sources and prints each problem (file:line) and the counts.
 * The content step (`npm run content`, `npm run build`) runs the same check.
 *   npx node scripts/check-translations.ts [slug]
 */
import { fileURLToPath } from 'node:url';
import { buildDocuments } from './build-documents.ts';
import { checkTranslations } from './check/translations.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
let failed: boolean;
try {
  const documents = buildDocuments(`${ROOT}seeds`).filter((d) => !only || d.slug === only);
  const { problems, reports } = checkTranslations(ROOT, documents);
  for (const p of problems) console.log(p);
  for (const [slug, report] of reports) {
    const counts = { translated: 0, outdated: 0, missing: 0 };
    for (const s of report.status.values()) counts[s]++;
    console.error(`${slug}: ${counts.translated} translated, ${counts.outdated} outdated, ${counts.missing} missing`);
  }
  console.error(`${problems.length} problems`);
  failed = problems.length > 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  failed = true;
}
process.exit(failed ? 1 : 0);
