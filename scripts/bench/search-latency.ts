/**
 * Search latency in Chromium for the evaluation queries (tests/search/queries.yaml), each in a
 * fresh browser context so nothing is cached:
 * - start: loading and initialising Pagefind, then one warm-up search for a word no query
 *   uses (`zzzz`), which fetches the one-off parts (worker, WebAssembly, metadata, filters);
 * - query: from `search()` to the first result's data, Pagefind warm; the bytes of the index
 *   chunks and fragments fetched for that query;
 * - page: from opening /<lang>/search/?q=… to the first result on screen, everything included.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';
import { fileForUrl, sizeOf } from './browser-weight.ts';
import { median } from './measure.ts';

export interface QueryTiming {
  q: string;
  lang: 'zh' | 'en';
  queryMs: number;
  queryBytes: number;
  queryRequests: number;
  pageMs: number;
  pageBytes: number;
}

export interface SearchLatency {
  queries: QueryTiming[];
  medianQueryMs: number;
  medianPageMs: number;
  medianQueryBytes: number;
  medianPageBytes: number;
  /** Pagefind's start with the warm-up search: median bytes and time. */
  initBytes: number;
  initMs: number;
}

/** Pagefind files that answer one query: index chunks, filter chunks, result fragments. */
const PER_QUERY = /^\/pagefind\/(?:index|filter|fragment)\//u;

/** Counts the bytes (as served) of the requests a page makes while `body` runs. */
async function bytesDuring<T>(
  page: Page,
  baseUrl: string,
  dist: string,
  body: () => Promise<T>,
): Promise<{ value: T; bytes: number; queryBytes: number; startupBytes: number; requests: number }> {
  const counted = { bytes: 0, queryBytes: 0, startupBytes: 0, requests: 0 };
  const count = (r: { url(): string }) => {
    counted.requests++;
    const path = new URL(r.url()).pathname;
    const file = r.url().startsWith(baseUrl) ? fileForUrl(dist, path) : null;
    if (!file) return;
    const bytes = sizeOf(file).raw;
    counted.bytes += bytes;
    if (PER_QUERY.test(path)) counted.queryBytes += bytes;
    else if (path.startsWith('/pagefind/')) counted.startupBytes += bytes;
  };
  page.on('requestfinished', count);
  const value = await body();
  page.off('requestfinished', count);
  return { value, ...counted };
}

/** Cold timings take two fresh browser contexts per query: a sample (the first two of each category). */
const PER_CATEGORY = 2;

export async function searchLatency(
  browser: Browser,
  baseUrl: string,
  dist: string,
  queriesFile: string,
): Promise<SearchLatency> {
  const all = parse(readFileSync(queriesFile, 'utf8')) as { q: string; lang: 'zh' | 'en'; category?: string }[];
  const seen = new Map<string, number>();
  const queries = all.filter((q) => {
    const n = seen.get(q.category ?? '') ?? 0;
    seen.set(q.category ?? '', n + 1);
    return n < PER_CATEGORY;
  });
  const timings: QueryTiming[] = [];
  const inits: { ms: number; bytes: number }[] = [];
  for (const { q, lang } of queries) {
    let context = await browser.newContext();
    let page = await context.newPage();
    await page.goto(`${baseUrl}/${lang}/`, { waitUntil: 'networkidle' });
    const init = await bytesDuring(
      page,
      baseUrl,
      dist,
      () =>
        page.evaluate(`(async () => {
        const t = performance.now();
        window.pf = await import('/pagefind/pagefind.js');
        await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
        await pf.init();
        await pf.search('zzzz');
        return performance.now() - t;
      })()`) as Promise<number>,
    );
    inits.push({ ms: init.value, bytes: init.bytes });
    const query = await bytesDuring(
      page,
      baseUrl,
      dist,
      () =>
        page.evaluate(`(async (q) => {
        const t = performance.now();
        const search = await pf.search(q);
        await search.results[0]?.data();
        return performance.now() - t;
      })(${JSON.stringify(q)})`) as Promise<number>,
    );
    await context.close();

    context = await browser.newContext();
    page = await context.newPage();
    const opened = await bytesDuring(page, baseUrl, dist, async () => {
      await page.goto(`${baseUrl}/${lang}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('.search-result');
      return (await page.evaluate('performance.now()')) as number;
    });
    await context.close();
    timings.push({
      q,
      lang,
      queryMs: query.value,
      queryBytes: query.queryBytes,
      queryRequests: query.requests,
      pageMs: opened.value,
      pageBytes: opened.bytes,
    });
  }
  return {
    queries: timings,
    medianQueryMs: median(timings.map((t) => t.queryMs)),
    medianPageMs: median(timings.map((t) => t.pageMs)),
    medianQueryBytes: median(timings.map((t) => t.queryBytes)),
    medianPageBytes: median(timings.map((t) => t.pageBytes)),
    initBytes: median(inits.map((i) => i.bytes)),
    initMs: median(inits.map((i) => i.ms)),
  };
}
