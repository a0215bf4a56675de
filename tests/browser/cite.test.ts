import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DESKTOP, gotoSettled, launchChromium } from '../support/browser.ts';

// The cite panel on the data page (the dataset citation); record pages use the same component.
const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('cite panel', () => {
  test('copies a citation to the clipboard and says so', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    await gotoSettled(page, `${base}/en/data/`);
    const panel = page.locator('[data-cite-panel]');
    const apa = panel.locator('.cite-style').filter({ hasText: 'APA' });
    const button = apa.locator('button.cite-copy');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => panel.locator('[data-cite-status]').innerText()).toBe('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await apa.locator('[data-cite-item]').innerText()).trim());
    expect(copied).toMatch(/^Silk Road S&T Yearbook\. \(\d{4}\)\. Silk Road S&T Yearbook open data \(Version \d+\.\d+\.\d+\) \[Data set\]\. https?:\/\/\S+\/en\/data\/$/u);
    await context.close();
  });

  test('without JavaScript the citations are plain text and the copy buttons stay hidden', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    // No scripts run here, so there is nothing to wait for in the page (and evaluate() would hang).
    await page.goto(`${base}/zh/data/`);
    const panel = page.locator('[data-cite-panel]');
    expect(await panel.locator('button.cite-copy:visible').count()).toBe(0);
    expect(await panel.locator('.cite-style').first().innerText()).toContain('丝路科技合作年鉴开放数据[DS/OL]');
    await context.close();
  });

  test('offers the CSL-JSON as a download that parses', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await gotoSettled(page, `${base}/en/data/`);
    const link = page.locator('[data-cite-panel] a[download]');
    expect(await link.getAttribute('download')).toMatch(/\.csl\.json$/u);
    const href = (await link.getAttribute('href'))!;
    const items = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1))) as { type: string; version: string }[];
    expect(items[0]).toMatchObject({ type: 'dataset' });
    await page.close();
  });
});
