import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, gotoSettled, sharedChromium } from '../support/browser.ts';

// The cite panel on the data page (the dataset citation); record pages use the same component.
const base = inject('baseUrl');
const browser = sharedChromium();

describe('cite panel', () => {
  test('copies a citation to the clipboard and says so', async () => {
    const context = await browser().newContext({ viewport: DESKTOP });
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
    const apaPattern =
      String.raw`^Silk Road S&T Yearbook\. \(\d{4}\)\. ` +
      String.raw`Silk Road S&T Yearbook open data \(Version \d+\.\d+\.\d+\) ` +
      String.raw`\[Data set\]\. https?://\S+/en/data/$`;
    expect(copied).toMatch(new RegExp(apaPattern, 'u'));
    await context.close();
  });

  test('without JavaScript the citations are plain text and the copy buttons stay hidden', async () => {
    const context = await browser().newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    // No scripts run here, so there is nothing to wait for in the page (and evaluate() would hang).
    await page.goto(`${base}/zh/data/`);
    const panel = page.locator('[data-cite-panel]');
    expect(await panel.locator('button.cite-copy:visible').count()).toBe(0);
    expect(await panel.locator('.cite-style').first().innerText()).toContain('丝路科技合作年鉴开放数据[DS/OL]');
    await context.close();
  });

  test('offers the CSL-JSON as a download that parses', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    await gotoSettled(page, `${base}/en/data/`);
    const link = page.locator('[data-cite-panel] a[download$=".json"]');
    expect(await link.getAttribute('download')).toMatch(/\.json$/u);
    const href = (await link.getAttribute('href'))!;
    const items = JSON.parse(decodeURIComponent(href.slice(href.indexOf(',') + 1))) as {
      type: string;
      version: string;
    }[];
    expect(items[0]).toMatchObject({ type: 'dataset' });
    await page.close();
  });

  test('a build without SITE_URL cites the address the page is served from, in text and files', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    const path = '/en/tables/trade-structure-2013/';
    await page.goto(`${base}${path}`);
    const panel = page.locator('[data-cite-panel]').last();
    await expect.poll(() => panel.locator('.cite-text').first().innerText()).toContain(`${base}${path}`);
    for (const ext of ['bib', 'ris', 'json']) {
      const href = (await panel.locator(`a[download$=".${ext}"]`).getAttribute('href'))!;
      const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
      expect(text, ext).toContain(`${base}${path}`);
      expect(text, ext).not.toContain('[address of this site]');
    }
    expect(await page.content()).not.toMatch(/example\.org|SITE_URL/u);
    await page.close();
  });

  test('without JavaScript the address is an honest bracketed mark, never a placeholder host', async () => {
    const context = await browser().newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/en/tables/trade-structure-2013/`);
    const text = await page.locator('[data-cite-panel] .cite-text').first().innerText();
    expect(text).toContain('[address of this site]/en/tables/trade-structure-2013/');
    await context.close();
  });

  test('one value: each cell links to its own citation, whose permalink lands on the cell', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    for (const path of ['/en/tables/trade-structure-2013/', '/zh/tables/technology-level-survey/']) {
      await page.goto(`${base}${path}`);
      const link = page.locator('td.cell-number a.cell-cite').first();
      const label = (await link.getAttribute('aria-label'))!;
      const value = (await page.locator('td.cell-number').first().getAttribute('data-value'))!;
      await link.click();
      await page.waitForURL(/\/c-[0-9a-f]{8}/u);
      expect(await page.locator('[data-cell-value]').innerText()).toContain(value);
      const apa = await page.locator('[data-cite-panel] .cite-style').nth(1).locator('.cite-text').first().innerText();
      const permalink = (await page.locator('[data-permalink]').getAttribute('href'))!;
      expect(apa).toContain(`${base}${permalink}`);
      expect(label.length).toBeGreaterThan(0);
      await page.goto(`${base}${permalink}`);
      const target = page.locator('td:target');
      expect(await target.count()).toBe(1);
      expect(await target.getAttribute('data-value')).toBe(value);
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
    }
    await page.close();
  });

  test("Kazakhstan's 2013 total trade has its own cite control and citation", async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    await page.goto(`${base}/en/tables/trade-structure-2013/`);
    const link = page.getByRole('link', { name: 'Cite this value: Kazakhstan, Total trade' });
    await link.click();
    await page.waitForURL(/\/c-[0-9a-f]{8}/u);
    expect(await page.locator('[data-cell-value]').innerText()).toContain('285');
    const gbt = await page.locator('[data-cite-panel] .cite-text').first().innerText();
    expect(gbt).toMatch(/row “Kazakhstan”, column “Total trade”: 285 \(USD 100 million\), 2013\./u);
    expect(gbt).toContain(`${base}/en/tables/trade-structure-2013/#c-`);
    await page.close();
  });
});
