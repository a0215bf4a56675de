import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, sharedChromium, PHONE } from '../support/browser.ts';

// A record's source link that quotes a table row lands on that row, marked, below any sticky bar.
const base = inject('baseUrl');
const browser = sharedChromium();

/** Follows the first row link of a record page; returns the landed row's box and the bar's bottom. */
async function followRow(page: Page, path: string) {
  await page.goto(`${base}${path}`);
  const link = page.locator('a[data-source-target="row"]').first();
  const text = await link.innerText();
  await link.click();
  await page.waitForURL(/#r-[0-9a-f]{8}/u);
  await page.waitForFunction(() => document.readyState === 'complete');
  const target = page.locator('tr:target');
  expect(await target.count()).toBe(1);
  const box = (await target.boundingBox())!;
  const bar = await page.evaluate(() => {
    const head = document.querySelector('.parallel__head');
    return head && getComputedStyle(head).position === 'sticky' ? head.getBoundingClientRect().bottom : 0;
  });
  const marked = await target.evaluate((tr) => getComputedStyle(tr.firstElementChild!).outlineStyle);
  return { text, box, bar, marked };
}

describe('provenance to the row', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`English side-by-side view, ${name}: the row is marked and not under the column bar`, async () => {
      const page = await browser().newPage({ viewport });
      const r = await followRow(page, '/en/cases/goldwind-wind-turbines-uzbekistan/');
      expect(r.text).toMatch(/^Table \d+, row “.+”$/u);
      expect(r.marked).toBe('solid');
      expect(r.box.y).toBeGreaterThanOrEqual(r.bar);
      await page.close();
    });
  }

  test('Chinese reader: the row is marked', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    const r = await followRow(page, '/zh/cases/goldwind-wind-turbines-uzbekistan/');
    expect(r.text).toMatch(/^表 \d+，“.+”行$/u);
    expect(r.marked).toBe('solid');
    expect(r.box.y).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});
