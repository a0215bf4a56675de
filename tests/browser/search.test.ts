import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import { sharedChromium, openSettled } from '../support/browser.ts';
import { allIndexedPages, searchIn } from '../support/pagefind.ts';
import { score, searchThroughPage, type EvalQuery } from '../support/search-page.ts';

const base = inject('baseUrl');
const terms = parse(readFileSync(new URL('../search/recall-terms.yaml', import.meta.url), 'utf8')) as {
  zh: string[];
  en: string[];
};
/** `expect`: the page the query must return in the top 5, or a list of equally right pages. */
const queries = parse(readFileSync(new URL('../search/queries.yaml', import.meta.url), 'utf8')) as EvalQuery[];
const browser = sharedChromium();

const open = (path: string): Promise<Page> => openSettled(browser(), base + path);

/** Does the page text contain the term as a user means it: substring in Chinese, whole word in English. */
const contains = (lang: 'zh' | 'en', text: string, term: string) =>
  lang === 'zh'
    ? text.includes(term)
    : new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'iu').test(text);

describe('search recall', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`every ${lang} page containing a term is found by it`, async () => {
      const page = await open(`/${lang}/search/`);
      const pages = await allIndexedPages(page);
      expect(pages.length).toBeGreaterThan(300);
      const results = await searchIn(page, terms[lang]);
      const missed: string[] = [];
      for (const { query, urls } of results) {
        const found = new Set(urls);
        const expected = pages.filter((p) => contains(lang, p.content, query)).map((p) => p.url);
        expect(expected.length, `no page contains “${query}”`).toBeGreaterThan(0);
        for (const url of expected) if (!found.has(url)) missed.push(`${query} → ${url}`);
      }
      expect(missed).toEqual([]);
      await page.close();
    });
  }
});

describe('search evaluation set', () => {
  test(
    'typed into the search page: recall@5 ≥ 97%, MRR ≥ 0.85, no category below 90%',
    { timeout: 600_000 },
    async () => {
      expect(queries.length).toBeGreaterThanOrEqual(150);
      for (const lang of ['zh', 'en'] as const)
        expect(queries.filter((q) => q.lang === lang).length).toBeGreaterThan(queries.length * 0.4);
      const runs: { urls: string[]; ms: number }[] = new Array(queries.length);
      for (const lang of ['zh', 'en'] as const) {
        const page = await open(`/${lang}/search/`);
        const mine = queries.map((q, i) => [q, i] as const).filter(([q]) => q.lang === lang);
        const results = await searchThroughPage(
          page,
          mine.map(([q]) => q.q),
        );
        results.forEach((r, k) => (runs[mine[k]![1]] = r));
        await page.close();
      }
      const s = score(queries, runs);
      const line = (name: string, v: { n: number; recall5: number; mrr: number }) =>
        `${name} (${v.n}): recall@5 ${(v.recall5 * 100).toFixed(1)}%, MRR ${v.mrr.toFixed(2)}`;
      console.log([line('all', s.all), ...Object.entries(s.byCategory).map(([c, v]) => line(c, v))].join('\n'));
      const misses = s.misses
        .map((m) => `${m.q.q}: wanted ${[m.q.expect].flat().join(' or ')}, got ${m.urls.slice(0, 5).join(' ')}`)
        .join('\n');
      expect(s.all.recall5, misses).toBeGreaterThanOrEqual(0.97);
      expect(s.all.mrr, misses).toBeGreaterThanOrEqual(0.85);
      for (const [c, v] of Object.entries(s.byCategory))
        expect(v.recall5, `${c}\n${misses}`).toBeGreaterThanOrEqual(0.9);
    },
  );
});

describe('search page', () => {
  test('the query is kept in the URL and results carry kind badges and country chips', async () => {
    const page = await open('/zh/search/?q=%E6%BB%B4%E7%81%8C');
    await page.waitForSelector('.search-result');
    expect(await page.inputValue('#search-input')).toBe('滴灌');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.badge').count()).toBeGreaterThan(0);
    await page.fill('#search-input', '特变电工');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '特变电工');
    await page.close();
  });

  test('filters narrow the results', async () => {
    const page = await open('/en/search/?q=Kazakhstan');
    await page.waitForSelector('.search-result');
    await page.selectOption('select[data-filter="kind"]', 'platform');
    // The URL changes and aria-busy is set in the same task; the filtered results replace the list
    // when aria-busy goes.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'platform');
    await settled(page);
    const badges = await page.locator('.search-result .badge').allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['Platform']));
    await page.close();
  });

  test('keyboard: / focuses the box, arrows move through results', async () => {
    const page = await open('/en/search/?q=TBEA');
    await page.waitForSelector('.search-result');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-result__title');
    await page.close();
  });

  test('no results suggests the other language when the script does not match', async () => {
    const page = await open('/en/search/?q=%E8%9A%82%E8%9A%81');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('Nothing'));
    expect(await page.locator('[data-status] a').getAttribute('href')).toBe('/zh/search/?q=%E8%9A%82%E8%9A%81');
    await page.close();
  });

  test('without JavaScript the search box leads to the directories', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/zh/search/`);
    expect(await page.locator('noscript').innerHTML()).toContain('/zh/platforms/');
    await context.close();
  });
});

/** Waits until the page has rendered the query in its box (it marks the root when done). */
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const root = document.querySelector<HTMLElement>('[data-search-root]');
    return (
      root?.dataset.done !== undefined &&
      root.dataset.done === document.querySelector<HTMLInputElement>('#search-input')!.value.trim()
    );
  });

async function submit(page: Page, query: string) {
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await settled(page);
}

describe('search queries that do not match as typed', () => {
  test('a misspelt country finds its country first, with a note', async () => {
    const page = await open('/en/search/');
    await submit(page, 'Kazakstan');
    expect(await page.locator('.search-result__title').first().getAttribute('href')).toBe('/en/countries/kz/');
    expect(await page.locator('[data-status]').innerText()).toContain('“Kazakhstan”');
    await page.close();
  });

  test('a word no page contains is left out, and the page says so', async () => {
    const page = await open('/en/search/');
    await submit(page, 'Goldwind qqzzxxw');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-status]').innerText()).toContain('No page contains');
    await page.close();
  });

  test('an English query on the Chinese page finds Chinese pages through the English text', async () => {
    const page = await open('/zh/search/');
    await submit(page, 'drip irrigation');
    const hrefs = await page
      .locator('.search-result__title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/zh\//u);
    await page.close();
  });
});

describe('search results', () => {
  test('every announced result can be reached with “more”', { timeout: 120_000 }, async () => {
    const page = await open('/zh/search/');
    await submit(page, '哈萨克斯坦');
    const announced = Number(/(\d+)/u.exec(await page.locator('[data-status]').innerText())![1]);
    expect(announced).toBeGreaterThan(10);
    while (await page.locator('[data-more]').isVisible()) {
      const before = await page.locator('.search-result').count();
      await page.click('[data-more]');
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    }
    expect(await page.locator('.search-result').count()).toBe(announced);
    await page.close();
  });

  test('snippets show page text only: no anchor ids, no page chrome', async () => {
    for (const [lang, q] of [
      ['en', 'Tajikistan'],
      ['zh', '塔吉克斯坦'],
      ['en', 'animal husbandry'],
      ['zh', '联合研究中心'],
    ] as const) {
      const page = await open(`/${lang}/search/`);
      await submit(page, q);
      const text = (await page.locator('.search-result__excerpt').allInnerTexts()).join('\n');
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/(?<![\p{L}\p{N}])[a-z]{1,3}-[0-9a-f]{8}(?![\p{L}\p{N}])/u);
      for (const chrome of ['Found an error', 'Report it', 'Name as printed', '发现错误', '¶'])
        expect(text).not.toContain(chrome);
      await page.close();
    }
  });

  test('a source document lists its matching sections, each linking to an anchor on that page', async () => {
    const page = await open('/zh/search/?kind=document');
    await submit(page, '滴灌');
    const links = await page
      .locator('.search-result__sections a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links.slice(0, 3)) {
      const [path, id] = href.split('#');
      expect(id).toMatch(/^[a-z]-[0-9a-f]{8}$/u);
      const target = await open(path!);
      expect(await target.locator(`[id="${id}"]`).count()).toBe(1);
      await target.close();
    }
    await page.close();
  });
});

describe('search states and history', () => {
  test('an empty query shows where to start', async () => {
    const page = await open('/en/search/');
    await settled(page);
    expect(await page.locator('[data-start]').isVisible()).toBe(true);
    expect(await page.locator('[data-start] a[href="/en/countries/kz/"]').count()).toBe(1);
    await submit(page, 'TBEA');
    expect(await page.locator('[data-start]').isVisible()).toBe(false);
    await page.close();
  });

  test('each submitted query is a history entry and Back restores it', async () => {
    const page = await open('/en/search/');
    await submit(page, 'Goldwind');
    await submit(page, 'TBEA');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#search-input')?.value === 'Goldwind');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Goldwind');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('the language switch keeps the query and the filters', async () => {
    const page = await open('/en/search/?q=TBEA&kind=platform');
    await settled(page);
    expect(await page.locator('a[data-switch-locale]').getAttribute('href')).toBe('/zh/search/?q=TBEA&kind=platform');
    await page.close();
  });

  test('nothing under a filter says which filter and offers to clear it', async () => {
    const page = await open('/en/search/?q=Goldwind&kind=policy');
    await settled(page);
    const status = await page.locator('[data-status]').innerText();
    expect(status).toContain('Policy');
    await page.click('[data-status] button');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('kind')).toBeNull();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.close();
  });
});
