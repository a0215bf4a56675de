import type { Page } from 'playwright-core';

/** One evaluation query: its category, the page language, and the page(s) that answer it. */
export interface EvalQuery {
  q: string;
  lang: 'zh' | 'en';
  category: string;
  expect: string | string[];
}

/**
 * Runs queries through the search page itself, as a reader does: types the query, submits, and
 * waits until the page says it has rendered that query; returns the result links in order and the
 * time from submitting to the results on screen. `page` must be on /<lang>/search/.
 */
export async function searchThroughPage(
  page: Page,
  queries: readonly string[],
): Promise<{ query: string; urls: string[]; ms: number }[]> {
  const out: { query: string; urls: string[]; ms: number }[] = [];
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.done !== undefined,
    null,
    { timeout: 60_000 },
  );
  for (const query of queries) {
    await page.fill('#search-input', query);
    // Timed inside the page: from submitting to the results on screen (the page marks it done).
    const ms = (await page.evaluate(`new Promise((resolve) => {
      const root = document.querySelector('[data-search-root]');
      const q = ${JSON.stringify(query)};
      const started = performance.now();
      const observer = new MutationObserver(() => {
        if (root.dataset.done === q) { observer.disconnect(); resolve(performance.now() - started); }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-done'] });
      root.dataset.done = '\u0000';
      root.querySelector('form').requestSubmit();
    })`)) as number;
    const urls = await page.$$eval('.search-result__title', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    out.push({ query, urls, ms });
  }
  return out;
}

/** Recall@5 and mean reciprocal rank (first right page within the first 10) of a run. */
export function score(queries: readonly EvalQuery[], runs: readonly { urls: string[] }[]) {
  const perQuery = queries.map((q, i) => {
    const wanted = [q.expect].flat();
    const rank = runs[i]!.urls.slice(0, 10).findIndex((u) => wanted.includes(u));
    return { q, rank, urls: runs[i]!.urls };
  });
  const summarise = (rows: typeof perQuery) => ({
    n: rows.length,
    recall5: rows.filter((r) => r.rank >= 0 && r.rank < 5).length / rows.length,
    mrr: rows.reduce((s, r) => s + (r.rank >= 0 ? 1 / (r.rank + 1) : 0), 0) / rows.length,
  });
  const categories = [...new Set(queries.map((q) => q.category))].sort();
  return {
    all: summarise(perQuery),
    byCategory: Object.fromEntries(categories.map((c) => [c, summarise(perQuery.filter((r) => r.q.category === c))])),
    misses: perQuery.filter((r) => r.rank < 0 || r.rank >= 5),
  };
}
