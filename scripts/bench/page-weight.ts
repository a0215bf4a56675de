/**
 * Page weight of a built page, read from dist/ without a browser: the HTML, the stylesheets and
 * scripts it loads (inline and linked), gzip sizes as a static host would serve them, and the
 * requests a first visit makes. Shared by the budgets test and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  /** Inline module scripts and linked script files. */
  js: Bytes;
  /** Web fonts the page asks for (preloads, and @font-face in its CSS). */
  fonts: number;
  /** Requests of a first visit, as the markup states them (scripts may fetch more at run time). */
  requests: number;
  /** The page shows a chart (`data-chart`) or runs the search (`data-search-root`). */
  chart: boolean;
  search: boolean;
  /** Inline scripts, for telling which feature brought JavaScript. */
  scripts: string[];
}

/** The budgets of issue #8, in bytes. */
export const BUDGETS = {
  /** JavaScript on a page with neither a chart nor the search. */
  plainPageJs: 0,
  /** JavaScript (gzip) on a page with a chart. */
  chartPageJsGzip: 15 * 1024,
  /** HTML + CSS (gzip) of every page. */
  htmlCssGzip: 60 * 1024,
  /** Web fonts: none; CJK text uses the reader's system fonts. */
  fonts: 0,
} as const;

/**
 * Known deviations from the JavaScript budget, reported to the maintainers: small progressive
 * enhancements on pages without a chart or the search. Record pages carry the citation panel's
 * copy-to-clipboard script (about 0.5 KB); the directory's and the timeline's filters are static
 * pages, and a small script re-sorts the list in place or narrows it by year, and "Report an error"
 * fills in the page being reported; the reader's pages carry the "copy link" buttons and the
 * side-by-side row alignment (about 0.7 KB). Each script must be one of these, and all of a page's
 * JavaScript stays within the sum of their allowances.
 */
export const SCRIPT_ALLOWANCES = [
  { name: 'cite panel', script: /\[data-cite-panel\]/u, maxGzip: 1024 },
  { name: 'browse', script: /\[data-sortable\]|\[data-year-filter\]|\[data-report\]/u, maxGzip: 1024 },
  { name: 'reader links', script: /\[data-reader-links\]/u, maxGzip: 1024 },
] as const;

/** The citation panel's allowance (kept for callers that name it). */
export const CITE_PANEL_ALLOWANCE = SCRIPT_ALLOWANCES[0];

/** JavaScript on a page without chart or search that breaks the budget, or null. */
export function plainPageJsProblem(w: PageWeight): string | null {
  if (w.chart || w.search || w.js.raw <= BUDGETS.plainPageJs) return null;
  const used = w.scripts.map((s) => SCRIPT_ALLOWANCES.find((a) => a.script.test(s)));
  const allowed = new Set(used).has(undefined) ? 0 : [...new Set(used)].reduce((n, a) => n + a!.maxGzip, 0);
  return w.scripts.length > 0 && w.js.gzip <= allowed ? null : `${w.js.raw} bytes of JavaScript`;
}

const size = (content: string | Buffer): Bytes => ({ raw: Buffer.byteLength(content), gzip: gzipSync(content).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };
const cache = new Map<string, Buffer>();

/** A file of the built site by its URL path, read once. */
function asset(dist: string, url: string): Buffer | null {
  const path = join(dist, decodeURIComponent(url.split(/[?#]/u)[0]!));
  if (!cache.has(path)) cache.set(path, existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
  const buffer = cache.get(path)!;
  return buffer.length ? buffer : null;
}

const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(tag)?.[1] ?? null;
const local = (url: string | null): url is string => url !== null && url.startsWith('/') && !url.startsWith('//');

/** Weighs one page of dist/, given as its path relative to dist (`zh/index.html`). */
export function pageWeight(dist: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  let css = ZERO;
  let js = ZERO;
  let fonts = 0;
  let requests = 1;
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<link\s[^>]*>/gu)) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (!local(href)) continue;
    if (rel === 'stylesheet') {
      const sheet = asset(dist, href);
      if (sheet) css = add(css, size(sheet));
      if (sheet && /@font-face/u.test(sheet.toString('utf8'))) fonts++;
      requests++;
    } else if (rel === 'icon' || (rel === 'preload' && attr(tag, 'as') === 'font')) {
      if (rel === 'preload') fonts++;
      requests++;
    }
  }
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gu)) {
    const src = attr(m[1] ?? '', 'src');
    if (src) {
      const file = local(src) ? asset(dist, src) : null;
      if (file) js = add(js, size(file));
      requests++;
    } else if (!/type="application\/(?:ld\+)?json"/u.test(m[1] ?? '')) {
      js = add(js, size(m[2]!));
      scripts.push(m[2]!);
    }
  }
  for (const m of html.matchAll(/<img\s[^>]*>/gu)) if (local(attr(m[0], 'src'))) requests++;
  if (/<style[^>]*>[^<]*@font-face/u.test(html)) fonts++;
  return {
    html: size(html),
    css,
    js,
    fonts,
    requests,
    chart: /\sdata-chart="/u.test(html),
    search: /\sdata-search-root/u.test(html),
    scripts,
  };
}
