import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, PHONE, sharedChromium } from '../support/browser.ts';

// Combined filters of the platform directory and the timeline, as a reader uses them: with
// JavaScript off (plain links between static pages) and on (sort, year range).
const base = inject('baseUrl');
const browser = sharedChromium();

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser().newContext({ viewport: DESKTOP, javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const close = (page: Page) => page.context().close();

/**
 * Follows the first link of a filter group that is not the current choice (while "Any" is the
 * current one, that is a value) and returns the count the link showed.
 */
async function pick(page: Page, group: number): Promise<{ count: number }> {
  const link = page.locator('nav[data-facet]').nth(group).locator('a:not([aria-current])').first();
  const count = Number(await link.locator('.count').innerText());
  const before = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== before), link.click()]);
  return { count };
}

// Every card of the results, sub-units nested under their parent included.
const CARDS = '#results li.record-card';
const cardsOf = (page: Page) =>
  page
    .locator(CARDS)
    .evaluateAll((els) =>
      els.map((e) => ({ kind: e.getAttribute('data-kind'), countries: e.getAttribute('data-countries') })),
    );

describe('platform directory filters', () => {
  test('country, kind and status combine without JavaScript; each count is what its link gives', async () => {
    const page = await open('/en/platforms/', false);
    for (const group of [0, 1, 2]) {
      const before = new URL(page.url()).pathname;
      const { count } = await pick(page, group);
      expect(new URL(page.url()).pathname).not.toBe(before);
      expect(await page.locator(CARDS).count()).toBe(count);
    }
    // Every earlier choice is still the current one in its group.
    const current = await page.locator('nav[data-facet] a[aria-current="page"]').allInnerTexts();
    expect(current).toHaveLength(3);
    for (const label of current) expect(label).not.toMatch(/^Any\b/u);
    const picked = await page.locator('.browse-picked strong').innerText();
    for (const label of current) expect(picked).toContain(label.replace(/\s*\d+$/u, ''));
    await close(page);
  });

  test('a filtered list holds only records with every chosen value', async () => {
    const page = await open('/zh/platforms/', false);
    await pick(page, 0);
    const country = (await page.locator('nav[data-facet]').nth(0).locator('a[aria-current]').getAttribute('href'))!;
    const code = /country\/([a-z]+)\//u.exec(country)![1]!.toUpperCase();
    await pick(page, 1);
    const cards = await cardsOf(page);
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.kind)).size).toBe(1);
    for (const c of cards) expect(c.countries?.split(' ')).toContain(code);
    await close(page);
  });

  test('the count says how many are sub-units', async () => {
    const page = await open('/en/platforms/');
    const text = await page.locator('#results [data-count]').innerText();
    const total = await page.locator(CARDS).count();
    // Sub-units listed with their parent are nested in its card.
    const sub = await page.locator('#results .record-list--sub > li').count();
    expect(text).toMatch(/sub-units/u);
    expect(text).toContain(String(total));
    if (sub > 0) expect(text).toContain(`${sub} sub-units`);
    await close(page);
  });

  test('sorting by year re-orders the cards and is kept across filter links', async () => {
    const page = await open('/en/platforms/');
    await page.locator('select[data-sort]').selectOption('year');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('year');
    const ranks = await page
      .locator('[data-sort-list] > li')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rank-year'))));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const href = await page.locator('nav[data-facet] a').nth(1).getAttribute('href');
    expect(href).toContain('sort=year');
    await close(page);
  });

  test("without JavaScript, names are in each language's order (pinyin for Chinese)", async () => {
    for (const [lang, locale] of [
      ['zh', 'zh-Hans-u-co-pinyin'],
      ['en', 'en'],
    ] as const) {
      const page = await open(`/${lang}/platforms/`, false);
      const names = await page.locator('[data-sort-list] > li > h3').allInnerTexts();
      const collator = new Intl.Collator(locale, { numeric: true });
      expect(names, lang).toEqual([...names].sort((a, b) => collator.compare(a, b)));
      await close(page);
    }
  });
});

describe('timeline filters', () => {
  const items = (page: Page) => page.locator('.timeline__item:not([hidden])');

  test('country, kind and period combine without JavaScript; the strip counts what the list shows', async () => {
    const page = await open('/en/timeline/', false);
    for (const group of [0, 1, 2]) {
      const { count } = await pick(page, group);
      expect(await items(page).count()).toBe(count);
    }
    expect(await page.locator('nav[data-facet] a[aria-current="page"]').count()).toBe(3);
    const bars = await page
      .locator('.strip__svg--wide a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const total = bars.reduce((sum, label) => sum + Number(/: (\d+)/u.exec(label)![1]), 0);
    expect(total).toBe(await items(page).count());
    await close(page);
  });

  test('every strip bar links to a year heading on the same page', async () => {
    const page = await open('/zh/timeline/', false);
    const hrefs = await page
      .locator('.strip__svg--wide a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
    await close(page);
  });

  test('a year range hides events outside it, stays in the address and counts what is shown', async () => {
    const page = await open('/en/timeline/');
    const years = await page.locator('[data-year-from] option').allInnerTexts();
    expect(years.length).toBeGreaterThan(2);
    const middle = years[Math.floor(years.length / 2)]!;
    await page.locator('[data-year-from]').selectOption(middle);
    const spans = await items(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-to'))));
    expect(spans.length).toBeGreaterThan(0);
    for (const to of spans) expect(to).toBeGreaterThanOrEqual(Number(middle));
    expect(new URL(page.url()).searchParams.get('from')).toBe(middle);
    expect(await page.locator('#results [data-count]').innerText()).toContain(`${spans.length} of`);
    // Reloading the address keeps the range.
    await page.reload();
    expect(await items(page).count()).toBe(spans.length);
    await close(page);
  });

  test('the list is compact until summaries are asked for, with no script needed', async () => {
    const page = await open('/zh/timeline/', false);
    const summary = page.locator('.timeline__summary').first();
    expect(await summary.isVisible()).toBe(false);
    await page.locator('[data-summaries]').check();
    expect(await summary.isVisible()).toBe(true);
    await close(page);
  });
});

describe('country pages', () => {
  test('a contents bar links to each section, each with a way back to the top', async () => {
    const page = await open('/en/countries/kz/', false);
    const hrefs = await page
      .locator('nav.contents-bar a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) {
      const target = page.locator(`[id="${href.slice(1)}"]`);
      expect(await target.count(), href).toBe(1);
      expect(await target.locator('a[href="#main"]').count(), href).toBe(1);
    }
    await close(page);
  });

  test('on a phone the sections start folded and a contents link opens its section, without JavaScript', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/zh/countries/kz/`);
    const folds = page.locator('details.fold');
    expect(await folds.count()).toBeGreaterThan(2);
    const body = page.locator('.fold__body').first();
    expect(await body.isVisible()).toBe(false);
    const link = page.locator('nav.contents-bar a').nth(2);
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await expect.poll(() => page.locator(`[id="${id}"]`).isVisible()).toBe(true);
    await context.close();
  });

  test('on a wide screen every section is shown', async () => {
    const page = await open('/zh/countries/kz/', false);
    for (const body of await page.locator('.fold__body').all()) expect(await body.isVisible()).toBe(true);
    await close(page);
  });
});

describe('report an error', () => {
  test('a record page hands its address and anchor to the report page, which puts them in the message', async () => {
    const page = await open('/en/platforms/central-asia-ecology-environment-centre/');
    await Promise.all([page.waitForURL(/\/en\/report\//u), page.locator('a[href^="/en/report/?page="]').click()]);
    const expected = `${base}/en/platforms/central-asia-ecology-environment-centre/#record`;
    expect(await page.locator('[data-report-page]').getAttribute('href')).toBe(expected);
    expect(await page.locator('[data-report-body]').inputValue()).toContain(expected);
    await close(page);
  });

  test('without a page in the address it uses the referrer of this site', async () => {
    const page = await open('/zh/timeline/');
    await Promise.all([page.waitForURL(/\/zh\/report\//u), page.locator('footer a[href="/zh/report/"]').click()]);
    expect(await page.locator('[data-report-body]').inputValue()).toContain(`${base}/zh/timeline/`);
    await close(page);
  });

  test('never a dead end: a link to the configured destination, or how to reach the editors', async () => {
    for (const lang of ['zh', 'en']) {
      const page = await open(`/${lang}/report/`);
      const send = await page.locator('[data-report-issue], [data-report-email]').count();
      const words = page.locator('[data-report-unconfigured]');
      if (send === 0) expect((await words.innerText()).length, lang).toBeGreaterThan(40);
      else expect(await words.count()).toBe(0);
      await close(page);
    }
  });
});
