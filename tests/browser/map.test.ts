import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { COUNTRY_ORDER } from '../../src/lib/countries.ts';
import { sharedChromium } from '../support/browser.ts';

// The map of platforms per partner country, on the pages that show it: links and counts as a
// reader meets them, checked against the curated records (never against typed-in numbers).
const base = inject('baseUrl');
const ROOT = new URL('../../', import.meta.url);
const DIR = 'content/curated/platforms/';
const records = readdirSync(new URL(DIR, ROOT)).map((f) => ({
  id: f.replace(/\.mdx$/u, ''),
  ...(parse(readFileSync(new URL(`${DIR}${f}`, ROOT), 'utf8').split(/^---$/mu)[1]!) as {
    countries: string[];
    parent?: string;
  }),
}));
/** A country's own units: its platforms but those counted under a parent that names it too. */
const expected = (code: string) => {
  const scope = records.filter((r) => r.countries.includes(code));
  return scope.filter((r) => !r.parent || !scope.some((p) => p.id === r.parent)).length;
};

const browser = sharedChromium();

describe.each(['/zh/', '/en/', '/zh/platforms/', '/en/platforms/'])('the map on %s', (path) => {
  const lang = path.slice(1, 3);
  for (const width of [1280, 390]) {
    test(`at ${width} px: every country links to its page and shows its count of top-level platforms`, async () => {
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      await page.goto(base + path);
      const svg = page.locator('figure[data-chart="platforms-map"] svg.chart__svg:visible');
      expect(await svg.count()).toBe(1);
      const links = await svg.locator('a.map-link').evaluateAll((as) =>
        as.map((a) => ({
          href: a.getAttribute('href'),
          code: a.getAttribute('data-country'),
          name: a.getAttribute('aria-label'),
        })),
      );
      expect(links.map((l) => l.code)).toEqual([...COUNTRY_ORDER]);
      for (const l of links) {
        expect(l.href).toBe(`/${lang}/countries/${l.code!.toLowerCase()}/`);
        expect(l.name).toContain(String(expected(l.code!)));
      }
      // The counts are text on the map, in the order of the links…
      const counts = await svg.locator('.map-count').allTextContents();
      expect(counts).toEqual(COUNTRY_ORDER.map((c) => String(expected(c))));
      // …and in the table beside it, open, with the same links.
      const rows = page.locator('figure[data-chart="platforms-map"] .chart__data[open] tbody tr');
      for (const [i, code] of COUNTRY_ORDER.entries()) {
        const row = rows.nth(i);
        expect(await row.locator('th a').getAttribute('href')).toBe(`/${lang}/countries/${code.toLowerCase()}/`);
        expect(await row.locator('td[data-value]').getAttribute('data-value')).toBe(String(expected(code)));
      }
      // Every country link answers (the country pages exist).
      for (const l of links) expect((await page.request.get(base + l.href!)).status(), l.href!).toBe(200);
      await page.close();
    });
  }

  test('the countries are reached with Tab and show their tip on focus; Natural Earth is cited', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base + path);
    const first = page.locator('figure[data-chart="platforms-map"] svg.chart__svg--wide a.map-link').first();
    await first.focus();
    expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
    const tip = page.locator('figure[data-chart="platforms-map"] .chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await first.getAttribute('aria-label'));
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-country'));
    expect(next).toBe(COUNTRY_ORDER[1]);
    expect(
      await page.locator('figure[data-chart="platforms-map"] a[href^="https://www.naturalearthdata.com"]').count(),
    ).toBe(1);
    await page.close();
  });
});
