/**
 * Checks the English translations against the sources and prints each problem and the counts.
 *   node scripts/check-translations.ts [slug]
 */
import { fileURLToPath } from 'node:url';
import { readTranslations } from '../src/lib/read-translations.ts';
import { buildDocuments } from './build-documents.ts';
import { checkTranslation } from '../src/lib/translation-check.ts';
import { isDraft } from '../src/schemas/manifest.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
let failed = false;
try {
  const translations = readTranslations(`${ROOT}content/translations`);
  for (const doc of buildDocuments(`${ROOT}seeds`)) {
    if (only && doc.slug !== only) continue;
    const report = checkTranslation(doc, translations.get(doc.slug));
    for (const p of report.problems) console.log(p);
    const counts = { translated: 0, outdated: 0, missing: 0 };
    for (const s of report.status.values()) counts[s]++;
    console.error(`${doc.slug}: ${counts.translated} translated, ${counts.outdated} outdated, ${counts.missing} missing, ${report.problems.length} problems`);
    // A draft is published before it is translated; only reviewed documents must be complete.
    if (!isDraft(doc) && (report.problems.length || counts.outdated || counts.missing)) failed = true;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  failed = true;
}
process.exit(failed ? 1 : 0);
