import { describe, expect, inject, test } from 'vitest';
import { siteUrl } from '../../src/lib/citation/site-url.ts';
import { sharedChromium } from '../support/browser.ts';

// Printing a record: Chromium renders the page to PDF, and the print-media DOM shows what the
// paper holds (absolute link addresses, no controls, no pager). Nothing beyond Chromium needed.
const base = inject('baseUrl');
const browser = sharedChromium();

const RECORDS = [
  '/en/platforms/central-asia-ecology-environment-centre/',
  '/zh/timeline/uz-strategic-partnership-2012/',
  '/en/tables/trade-structure-2013/',
];

describe.each(RECORDS)('printing %s', (path) => {
  test('gives a PDF whose links print their absolute address, with no controls and no pager', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base + path);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The PDF's link annotations: what the paper links to. The pager's targets are not there
    // (unless the record itself links them), nor the header's sections.
    const uris = new Set(
      [...pdf.toString('latin1').matchAll(/\/URI\s*\(([^)]*)\)/gu)].map(
        (m) => new URL(m[1]!).pathname + new URL(m[1]!).hash,
      ),
    );
    expect(uris.size).toBeGreaterThan(0);
    const pagerOnly = await page.evaluate(() => {
      const inMain = new Set(
        [...document.querySelectorAll('main a[href]')]
          .filter((a) => !a.closest('.prev-next, .breadcrumbs'))
          .map((a) => a.getAttribute('href')),
      );
      return [...document.querySelectorAll('.prev-next a[href], .site-nav a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((h) => !inMain.has(h));
    });
    for (const href of pagerOnly) expect(uris.has(href), href).toBe(false);

    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('/site-url.css')));
    const shown = await page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll(sel)]
          .filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)
          .map((el) => el.outerHTML.slice(0, 80));
      return {
        controls: visible('button, input, select, form, .prev-next, .breadcrumbs, .site-header, .chart__downloads'),
      };
    });
    expect(shown.controls).toEqual([]);
    const after = await page
      .locator('main a[href^="/"]')
      .evaluateAll((as) =>
        as
          .filter((a) => !a.closest('svg, h1') && !a.classList.contains('chip'))
          .map((a) => ({ href: a.getAttribute('href')!, content: getComputedStyle(a, '::after').content })),
      );
    expect(after.length).toBeGreaterThan(0);
    for (const { href, content } of after) expect(content, href).toBe(`" <${siteUrl() ?? ''}${href}>"`);
    await page.close();
  });
});
