/**
 * Search quality and speed as a reader meets them: the evaluation queries (tests/search/queries.yaml)
 * typed into the search page itself, one warm page per language (Pagefind and its lexicon already
 * loaded); recall@5 and MRR overall and per category, the time from submitting to the results on
 * screen, and the bytes of index chunks and fragments each query fetched.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { score, searchThroughPage, type EvalQuery } from '../../tests/support/search-page.ts';
import { fileForUrl, sizeOf } from './browser-weight.ts';
import { median } from './measure.ts';

/** Pagefind files that answer one query: index chunks, filter chunks, result fragments. */
const PER_QUERY = /^\/pagefind\/(?:index|filter|fragment)\//u;

export interface SearchQuality {
  all: { n: number; recall5: number; mrr: number };
  byCategory: Record<string, { n: number; recall5: number; mrr: number }>;
  misses: string[];
  medianMs: number;
  medianBytes: number;
  p90Bytes: number;
}

export async function searchQuality(
  browser: Browser,
  baseUrl: string,
  dist: string,
  queriesFile: string,
): Promise<SearchQuality> {
  const queries = parse(readFileSync(queriesFile, 'utf8')) as EvalQuery[];
  const runs: { urls: string[]; ms: number; bytes: number }[] = new Array(queries.length);
  for (const lang of ['zh', 'en'] as const) {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/${lang}/search/`);
    const mine = queries.map((q, i) => [q, i] as const).filter(([q]) => q.lang === lang);
    await searchThroughPage(page, ['zzzz']);
    for (const [q, i] of mine) {
      let bytes = 0;
      const count = (r: { url(): string }) => {
        const path = new URL(r.url()).pathname;
        const file = r.url().startsWith(baseUrl) && PER_QUERY.test(path) ? fileForUrl(dist, path) : null;
        if (file) bytes += sizeOf(file).raw;
      };
      page.on('requestfinished', count);
      const [run] = await searchThroughPage(page, [q.q]);
      page.off('requestfinished', count);
      runs[i] = { ...run!, bytes };
    }
    await page.close();
  }
  const s = score(queries, runs);
  const bytes = runs.map((r) => r.bytes).sort((a, b) => a - b);
  return {
    all: s.all,
    byCategory: s.byCategory,
    misses: s.misses.map((m) => `${m.q.lang} “${m.q.q}”: rank ${m.rank < 0 ? '> 10' : m.rank + 1}`),
    medianMs: median(runs.map((r) => r.ms)),
    medianBytes: median(bytes),
    p90Bytes: bytes[Math.floor(bytes.length * 0.9)]!,
  };
}
