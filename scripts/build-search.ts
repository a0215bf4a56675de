/**
 * Builds the Pagefind index of dist/ (one index per language, chosen by <html lang>), after
 * `astro build`. Before indexing, each page's copy given to Pagefind — never the served page —
 * gains the glossary's other names for what its title names, so 哈国, Kazakhstan, TBEA or CAS
 * find the same records as 哈萨克斯坦, 特变电工 or 中国科学院.
 *   node scripts/build-search.ts [--dist <dir>]   (default: dist/)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { escapeXml } from '../src/lib/escape-xml.ts';
import { readGlossary } from '../src/lib/read-glossary.ts';
import { aliasesForTitle } from './search/aliases.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const distArg = process.argv.indexOf('--dist');
/** The built site to index; `--dist <dir>` lets the reproducibility check index its own builds. */
const DIST = distArg >= 0 && process.argv[distArg + 1] ? resolve(process.argv[distArg + 1]!) : join(ROOT, 'dist');
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');

async function main(): Promise<void> {
  const started = performance.now();
  const glossary = readGlossary(join(ROOT, 'content/curated/glossary'));
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.anchor-link', '.erratum-ref', '.skip-link'] });
  if (!index) throw new Error(errors.join('; '));
  const files = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
  let pages = 0;
  for (const file of files) {
    let html = readFileSync(join(DIST, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(html)?.[1] ?? '';
    const aliases = aliasesForTitle(textOf(h1), glossary);
    if (aliases.length) {
      // Weighted like a title, so a record's own page outranks pages that merely mention it;
      // placed last, so excerpts come from the page's own text whenever that matches too.
      const block = `<p data-pagefind-weight="8">${escapeXml(aliases.join(' · '))}</p>`;
      html = html.replace(/<\/main>/u, `${block}</main>`);
    }
    // Pagefind keeps `China–Kazakhstan` as one word; spaced dashes let each name be found.
    html = html.replace(/([\p{L}\p{N}])[–—]([\p{L}\p{N}])/gu, '$1 – $2');
    const added = await index.addHTMLFile({ sourcePath: file, content: html });
    if (added.errors.length) throw new Error(`${file}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  console.error(`search: indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
}

main().catch((error: unknown) => {
  console.error(`build-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
