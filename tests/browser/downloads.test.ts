import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { DESKTOP, sharedChromium } from '../support/browser.ts';

// A reader downloads a table from its page, and a citation file from a cite panel, as files.
const base = inject('baseUrl');
const browser = sharedChromium();

describe('downloads', () => {
  test('the table page downloads its own CSV, every cell with English labels and the year', async () => {
    const context = await browser().newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/en/tables/trade-structure-2013/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-table-download="csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('trade-structure-2013.en.csv');
    const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(header).toContain('Total trade');
    const kz = rows.find((r) => r[0] === 'Kazakhstan')!;
    expect(kz[header!.indexOf('Total trade')]).toBe('285');
    expect(kz[header!.indexOf('Total trade (USD)')]).toBe('28500000000');
    expect(kz[header!.indexOf('Period')]).toBe('2013');
    const numbers = await page
      .locator('td.cell-number')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    for (const n of numbers) expect(rows.flat()).toContain(n);
    await context.close();
  });

  test('a cite panel downloads .bib, .ris and .json files holding the served address', async () => {
    const context = await browser().newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}/en/charts/trade-2013/`);
    const panel = page.locator('[data-cite-panel]');
    for (const ext of ['bib', 'ris', 'json']) {
      await panel.locator(`a[download$=".${ext}"]`).evaluate((a) => a.closest('details')?.setAttribute('open', ''));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.locator(`a[download$=".${ext}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`, 'u'));
      expect(readFileSync((await download.path())!, 'utf8')).toContain(`${base}/en/charts/trade-2013/`);
    }
    await context.close();
  });
});
