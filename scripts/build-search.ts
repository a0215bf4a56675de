/**
 * Builds the Pagefind index of dist/ (one index per language, chosen by <html lang>), after
 * `astro build`. Each page's copy given to Pagefind — never the served page — is prepared by
 * scripts/search/index-copy.ts (aliases and whole-name tokens as meta fields, anchor ids out);
 * pagefind/lexicon.json gives the search page the names and words it corrects queries with.
 *   node scripts/build-search.ts [--dist <dir>]   (default: dist/)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readGlossary } from '../src/lib/read-glossary.ts';
import { EXCLUDE_SELECTORS, indexCopy, searchNames } from './search/index-copy.ts';
import { buildLexicon } from './search/lexicon.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const distArg = process.argv.indexOf('--dist');
/** The built site to index; `--dist <dir>` lets the reproducibility check index its own builds. */
const DIST = distArg >= 0 && process.argv[distArg + 1] ? resolve(process.argv[distArg + 1]!) : join(ROOT, 'dist');
async function main(): Promise<void> {
  const started = performance.now();
  const glossary = readGlossary(join(ROOT, 'content/curated/glossary'));
  const names = searchNames(glossary);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(errors.join('; '));
  const files = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort();
  let pages = 0;
  const copies: string[] = [];
  for (const file of files) {
    const served = readFileSync(join(DIST, file), 'utf8');
    if (!served.includes('data-pagefind-body')) continue;
    const html = indexCopy(served, glossary, names);
    copies.push(html);
    const added = await index.addHTMLFile({ sourcePath: file, content: html });
    if (added.errors.length) throw new Error(`${file}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  // Written after Pagefind, which replaces its own folder: names and words for the search page.
  writeFileSync(join(DIST, 'pagefind', 'lexicon.json'), `${JSON.stringify(buildLexicon(copies, names))}\n`);
  console.error(`search: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
}

main().catch((error: unknown) => {
  console.error(`build-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
