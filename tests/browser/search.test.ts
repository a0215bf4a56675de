import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESKTOP, gotoSettled, launchChromium } from '../support/browser.ts';
import { allIndexedPages, searchIn } from '../support/pagefind.ts';

const base = inject('baseUrl');
const terms = parse(readFileSync(new URL('../search/recall-terms.yaml', import.meta.url), 'utf8')) as { zh: string[]; en: string[] };
/** `expect`: the page the query must return in the top 5, or a list of equally right pages. */
const queries = parse(readFileSync(new URL('../search/queries.yaml', import.meta.url), 'utf8')) as { q: string; lang: 'zh' | 'en'; expect: string | string[] }[];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: DESKTOP });
  await gotoSettled(page, base + path);
  return page;
}

/** Does the page text contain the term as a user means it: substring in Chinese, whole word in English. */
const contains = (lang: 'zh' | 'en', text: string, term: string) =>
  lang === 'zh' ? text.includes(term) : new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'iu').test(text);

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
  test('at least 95% of the queries return their page in the top 5', async () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => q.lang === 'zh').length).toBe(queries.filter((q) => q.lang === 'en').length);
    const misses: string[] = [];
    const latencies: number[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const page = await open(`/${lang}/search/`);
      const mine = queries.filter((q) => q.lang === lang);
      const results = await searchIn(page, mine.map((q) => q.q));
      results.forEach((r, i) => {
        latencies.push(r.ms);
        const wanted = [mine[i]!.expect].flat();
        if (!r.urls.slice(0, 5).some((u) => wanted.includes(u))) misses.push(`${r.query}: wanted ${wanted.join(' or ')}, got ${r.urls.slice(0, 5).join(' ')}`);
      });
      await page.close();
    }
    const recall = 1 - misses.length / queries.length;
    latencies.sort((a, b) => a - b);
    console.log(`search recall@5 ${(recall * 100).toFixed(1)}%, median latency ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms`);
    expect(misses.length <= Math.floor(queries.length * 0.05), misses.join('\n')).toBe(true);
  });
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
    await page.waitForSelector('[data-results]:not([aria-busy])', { state: 'attached' });
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
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/zh/search/`);
    expect(await page.locator('noscript').innerHTML()).toContain('/zh/platforms/');
    await context.close();
  });
});
