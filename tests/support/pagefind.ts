import type { Page } from 'playwright-core';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';

// The browser code is passed as a string: Vitest would otherwise rewrite its dynamic import().
const LOAD =
  "const pf = await import('/pagefind/pagefind.js'); " +
  `await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} }); await pf.init();`;

/** Runs Pagefind searches inside a page of the built site; returns result URLs in rank order. */
export async function searchIn(
  page: Page,
  queries: readonly string[],
): Promise<{ query: string; urls: string[]; ms: number }[]> {
  return page.evaluate(`(async (qs) => {
    ${LOAD}
    const out = [];
    for (const q of qs) {
      const started = performance.now();
      const search = await pf.search(q);
      const data = await Promise.all(search.results.map((r) => r.data()));
      out.push({ query: q, urls: data.map((d) => d.url), ms: performance.now() - started });
    }
    return out;
  })(${JSON.stringify(queries)})`);
}

/** Every indexed page of the page's language with its indexed text, via Pagefind's own fragments. */
export async function allIndexedPages(page: Page): Promise<{ url: string; content: string }[]> {
  return page.evaluate(`(async () => {
    ${LOAD}
    const kinds = Object.keys((await pf.filters()).kind ?? {});
    const seen = new Map();
    for (const kind of kinds) {
      const search = await pf.search(null, { filters: { kind } });
      for (const r of search.results) {
        const d = await r.data();
        seen.set(d.url, d.content);
      }
    }
    return [...seen.entries()].map(([url, content]) => ({ url, content }));
  })()`);
}
