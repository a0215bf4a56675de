/**
 * Lists translated passages whose English does not use the glossary's name for a name in the source.
 *   node scripts/check-glossary-use.ts [slug]
 */
import { fileURLToPath } from 'node:url';
import { checkGlossaryUse } from '../src/lib/glossary-consistency.ts';
import { readGlossary } from '../src/lib/read-glossary.ts';
import { readTranslations } from '../src/lib/read-translations.ts';
import { buildDocuments } from './build-documents.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
const documents = buildDocuments(`${ROOT}seeds`).filter((d) => !only || d.slug === only);
const mismatches = checkGlossaryUse(
  documents,
  readTranslations(`${ROOT}content/translations`),
  readGlossary(`${ROOT}content/curated/glossary`),
);
for (const m of mismatches) console.log(`${m.doc}#${m.anchor}: ${m.zh} → expected “${m.expected}”`);
console.error(`${mismatches.length} passages do not use the glossary's English name`);
process.exit(mismatches.length ? 1 : 0);
