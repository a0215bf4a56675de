import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { sharedChromium, openSettled } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = sharedChromium();

const open = (path: string): Promise<Page> => openSettled(browser(), base + path);

describe('platform directory', () => {
  test('filters by country without JavaScript, with counts that match', async () => {
    const page = await open('/zh/platforms/');
    const kzLink = page.locator('.filters a[href="/zh/platforms/country/kz/"]');
    const count = Number(await kzLink.locator('.count').innerText());
    await kzLink.click();
    expect(new URL(page.url()).pathname).toBe('/zh/platforms/country/kz/');
    const cards = page.locator('.record-card');
    expect(await cards.count()).toBe(count);
    const countries = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-countries') ?? ''));
    expect(countries.every((c) => c.split(' ').includes('KZ'))).toBe(true);
    await page.close();
  });

  test('a platform page quotes its sources and links each quote to the paragraph that holds it', async () => {
    const page = await open('/en/platforms/central-asia-ecology-environment-centre/');
    expect(await page.locator('h1').innerText()).toBe('Research Center for Ecology and Environment of Central Asia');
    const quotes = page.locator('.source-quotes li');
    expect(await quotes.count()).toBeGreaterThanOrEqual(4);
    const first = quotes.first();
    const quote = await first.locator('blockquote').innerText();
    expect(await first.locator('blockquote').getAttribute('lang')).toBe('zh-Hans');
    await first.locator('.source-cite a').first().click();
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${hash}"]`).innerText()).toContain(quote);
    await page.close();
  });

  test('the centre lists its three branches', async () => {
    const page = await open('/zh/platforms/central-asia-ecology-environment-centre/');
    const branches = await page
      .locator('section', { has: page.locator('h2', { hasText: /^下设机构$/u }) })
      .locator('li')
      .allInnerTexts();
    expect(branches.filter((b) => b.includes('分中心')).sort()).toEqual([
      '中亚生态与环境研究中心杜尚别分中心',
      '中亚生态与环境研究中心比什凯克分中心',
      '中亚生态与环境研究中心阿拉木图分中心',
    ]);
    await page.close();
  });
});

describe('timeline and countries', () => {
  test('the timeline is grouped by periods that do not overlap, in order', async () => {
    const page = await open('/en/timeline/');
    const periods = await page.locator('main h2[id^="period-"]').allInnerTexts();
    const ranges = periods.map((p) => p.split('–').map(Number));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]!.at(-1)!);
    expect(await page.locator('#kz-strategic-partnership-2005 time').innerText()).toBe('July 2005');
    await page.close();
  });

  test('the Kazakhstan page shows partnership dates and 2013 trade', async () => {
    const page = await open('/zh/countries/kz/');
    const heading = page.locator('h2', { hasText: /^伙伴关系(\s|$)/u });
    const partnerships = await page.locator('section', { has: heading }).locator('li').allInnerTexts();
    expect(partnerships.map((p) => p.replace(/\s+/gu, ' ').trim())).toEqual([
      '战略伙伴关系 2005年7月',
      '全面战略伙伴关系 2011年6月',
    ]);
    expect(await page.locator('.figure-card__value').allInnerTexts()).toEqual(['285', '160', '125']);
    await page.close();
  });
});

describe('statistics', () => {
  test('the survey table flags the column that sums to 102', async () => {
    const page = await open('/en/tables/technology-level-survey/');
    expect(await page.locator('[aria-labelledby="table-caption"] td.flagged').count()).toBe(5);
    expect(await page.locator('.checks li').innerText()).toBe(
      'The column “Questionnaire for the five Central Asian countries / Xinjiang partner” adds up to 102, not 100.',
    );
    await page.close();
  });

  test('a key figure is one click from its source sentence', async () => {
    const page = await open('/zh/figures/');
    const row = page.locator('tr', { hasText: '1746亿元' }).first();
    await row.locator('td').last().locator('a').click();
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${hash}"]`).innerText()).toContain('计划投资总额1746亿元');
    await page.close();
  });

  test('a key project lists its binding indicators with quantities', async () => {
    const page = await open('/zh/programme/call-2018-key-project-4/');
    const binding = page.locator('section', { has: page.locator('h2', { hasText: '约束性指标' }) });
    expect(await binding.locator('.indicators > li').count()).toBe(4);
    expect(await binding.locator('.quantities li').allInnerTexts()).toContain('22微米以下');
    await page.close();
  });
});
