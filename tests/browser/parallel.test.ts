import { readdirSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { sharedChromium } from '../support/browser.ts';

// The side-by-side reader: table rows line up across the two columns, English cells wrap
// inside their column, and every passage has a "copy link" (its ¶ without JavaScript).
const base = inject('baseUrl');
const DOCS = readdirSync(new URL('../../content/documents/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/u, ''))
  .sort();
const browser = sharedChromium();

describe('side by side at 1280 px', () => {
  test('each table row starts level with its counterpart, and no table is wider than its column', async () => {
    let tables = 0;
    for (const lang of ['zh', 'en']) {
      for (const slug of DOCS) {
        const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${base}/${lang}/sources/${slug}/parallel/`);
        await page.waitForLoadState('load');
        const result = await page.evaluate(() =>
          [...document.querySelectorAll('.parallel__row')].flatMap((pair) => {
            const zh = pair.querySelector('.parallel__zh table');
            const en = pair.querySelector('.parallel__en table');
            if (!zh || !en) return [];
            const a = [...zh.querySelectorAll('tr')].map((tr) => tr.getBoundingClientRect());
            const b = [...en.querySelectorAll('tr')].map((tr) => tr.getBoundingClientRect());
            const scrolls = [zh, en].map((t) => t.closest('.table-scroll')!).map((s) => s.scrollWidth - s.clientWidth);
            return [
              {
                id: pair.querySelector('[id]')?.id,
                rows: a.length === b.length,
                offsets: a.map((r, i) => Math.abs(r.top - b[i]!.top)),
                scrolls,
              },
            ];
          }),
        );
        for (const t of result) {
          tables += 1;
          expect(t.rows, `${slug} ${t.id}`).toBe(true);
          expect(Math.max(0, ...t.offsets), `${lang} ${slug} ${t.id}: rows out of line`).toBeLessThan(2);
          expect(Math.max(...t.scrolls), `${lang} ${slug} ${t.id}: a table wider than its column`).toBeLessThanOrEqual(
            1,
          );
        }
        await page.close();
      }
    }
    expect(tables).toBeGreaterThan(0);
  }, 240_000);
});

describe('copy link', () => {
  test('every passage link has a "copy link" button that copies its absolute address', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/en/sources/${DOCS[0]}/parallel/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    const anchors = page.locator('main a.anchor-link:not(.anchor-link--lang)');
    const n = await anchors.count();
    expect(n).toBeGreaterThan(0);
    expect(await page.locator('main button.para-copy').count()).toBe(n);
    const href = await anchors.nth(2).getAttribute('href');
    await anchors.nth(2).locator('xpath=following-sibling::button[contains(@class, "para-copy")][1]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(href!, page.url()).href);
    await expect.poll(() => page.locator('[data-reader-links-status]').textContent()).toBe('Link copied');
    await context.close();
  });

  test('without JavaScript there is no button, and each passage keeps its ¶ link', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/zh/sources/${DOCS[0]}/`);
    expect(await page.locator('button.para-copy').count()).toBe(0);
    expect(await page.locator('main a.anchor-link[href^="#"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
