/**
 * Page weight per page type as Chromium loads it: every request of a first visit (scripts'
 * own fetches included, as on the search page), sized from the built files — raw as served,
 * gzip as a static host would compress them — with the inline scripts counted as JavaScript.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { PHONE } from '../../tests/support/browser.ts';
import { fileOf, PAGE_TYPES } from './page-types.ts';
import { BUDGETS, pageWeight, plainPageJsProblem, type Bytes } from './page-weight.ts';

export interface TypeWeight {
  type: string;
  lang: string;
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Search index, WebAssembly, images and other fetched data. */
  other: Bytes;
  fonts: number;
  requests: number;
  /** Budgets this page breaks (empty when within all). */
  overBudget: string[];
}

/** The built file a request for `pathname` is answered with (directories by their index.html). */
export function fileForUrl(dist: string, pathname: string): string | null {
  const path = join(dist, decodeURIComponent(pathname));
  for (const candidate of [path, join(path, 'index.html'), join(dist, '404.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

const sizes = new Map<string, Bytes>();
/** Raw and gzip size of a built file; already-compressed files (Pagefind's) count as they are. */
export function sizeOf(file: string): Bytes {
  if (!sizes.has(file)) {
    const raw = readFileSync(file);
    sizes.set(file, { raw: raw.length, gzip: Math.min(raw.length, gzipSync(raw).length) });
  }
  return sizes.get(file)!;
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

export async function browserWeights(browser: Browser, baseUrl: string, dist: string): Promise<TypeWeight[]> {
  const rows: TypeWeight[] = [];
  for (const { type, lang, path } of PAGE_TYPES) {
    if (!existsSync(join(dist, fileOf(path)))) continue;
    // Whether a page shows a chart or runs the search is read from its markup (home and table
    // pages hold charts too).
    const markup = pageWeight(dist, fileOf(path));
    const { chart, search } = markup;
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const responses: { url: string; kind: string }[] = [];
    page.on('response', (r) => responses.push({ url: r.url(), kind: r.request().resourceType() }));
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    if (search) await page.waitForSelector('.search-result');
    await page.waitForLoadState('networkidle');
    await context.close();
    const row: TypeWeight = {
      type,
      lang: lang ?? '—',
      path,
      html: zero(),
      css: zero(),
      js: zero(),
      other: zero(),
      fonts: 0,
      requests: responses.length,
      overBudget: [],
    };
    for (const { url, kind } of responses) {
      const file = url.startsWith(baseUrl) ? fileForUrl(dist, new URL(url).pathname) : null;
      const bytes = file ? sizeOf(file) : zero();
      if (kind === 'document') row.html = add(row.html, bytes);
      else if (kind === 'stylesheet') row.css = add(row.css, bytes);
      else if (kind === 'script') row.js = add(row.js, bytes);
      else if (kind === 'font') row.fonts++;
      else row.other = add(row.other, bytes);
    }
    for (const script of markup.scripts)
      row.js = add(row.js, { raw: Buffer.byteLength(script), gzip: gzipSync(script).length });
    if (!chart && !search && row.js.raw > BUDGETS.plainPageJs) {
      row.overBudget.push(
        plainPageJsProblem(markup) ? 'JS on a page without chart or search' : 'enhancement JS (tolerated)',
      );
    }
    if (chart && row.js.gzip > BUDGETS.chartPageJsGzip) row.overBudget.push('chart JS > 15 KB gzip');
    if (row.html.gzip + row.css.gzip > BUDGETS.htmlCssGzip) row.overBudget.push('HTML+CSS > 60 KB gzip');
    if (row.fonts > BUDGETS.fonts) row.overBudget.push('web fonts');
    rows.push(row);
  }
  return rows;
}

function zero(): Bytes {
  return { raw: 0, gzip: 0 };
}
