import { describe, expect, inject, test } from 'vitest';
import { CHARTS } from '../../src/charts/registry.ts';
import { DESKTOP, PHONE, sharedChromium, openSettled } from '../support/browser.ts';

// Reading on a 390 px phone: tables, chart labels, chart tips by tap and keyboard, the header.
const base = inject('baseUrl');
const browser = sharedChromium();

const open = (
  path: string,
  viewport: { width: number; height: number } = PHONE,
  options: { hasTouch?: boolean } = {},
) => openSettled(browser(), base + path, { viewport, ...options });

describe('wide tables on a phone', () => {
  test('the row labels stay in view while the table scrolls sideways, and the table shows it scrolls', async () => {
    for (const path of ['/en/tables/trade-structure-2013/', '/zh/tables/trade-structure-2013/']) {
      const page = await open(path);
      const box = page.locator('.table-scroll').first();
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'the table is wider than the phone').toBe(
        true,
      );
      const label = box.locator('tbody th[scope]').first();
      await label.scrollIntoViewIfNeeded();
      const before = (await label.boundingBox())!;
      const cell = box.locator('tbody td').last();
      const cellBefore = (await cell.boundingBox())!;
      await box.evaluate((el) => el.scrollBy({ left: 200 }));
      await expect.poll(async () => (await cell.boundingBox())!.x).toBeLessThan(cellBefore.x);
      const after = (await label.boundingBox())!;
      expect(Math.abs(after.x - before.x), 'the row label stays put').toBeLessThan(1);
      // The label is drawn on top of the cells that slide under it.
      const topmost = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.getAttribute('scope'),
        [after.x + 4, after.y + 4],
      );
      expect(topmost).toMatch(/^row/u);
      // The cue: the scroll box paints shadows at its edges (background images).
      expect(await box.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
      await page.close();
    }
  });

  test('the header sections show that they scroll, and the search box lines up with its button', async () => {
    const page = await open('/en/');
    const nav = page.locator('.site-nav');
    expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await nav.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
    const input = (await page.locator('.header-search input').boundingBox())!;
    const button = (await page.locator('.header-search button').boundingBox())!;
    expect(Math.abs(input.y - button.y)).toBeLessThan(1);
    expect(Math.abs(input.height - button.height)).toBeLessThan(1);
    const name = (await page.locator('.site-name').boundingBox())!;
    expect(Math.abs(input.x - name.x), 'the search starts where the site name starts').toBeLessThan(1);
    expect(button.x + button.width).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });
});

describe('chart labels are never cut off', () => {
  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    test(`on a ${label}, every label of every chart lies inside its drawing (zh and en)`, async () => {
      for (const lang of ['zh', 'en']) {
        for (const { id } of CHARTS) {
          const page = await open(`/${lang}/charts/${id}/`, viewport);
          const outside = await page.locator('figure.chart svg.chart__svg:visible').evaluate((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .map((t) => ({ r: t.getBoundingClientRect(), text: t.textContent }))
              .filter(
                ({ r }) =>
                  r.width > 0 &&
                  (r.left < frame.left - 1 ||
                    r.right > frame.right + 1 ||
                    r.top < frame.top - 1 ||
                    r.bottom > frame.bottom + 1),
              )
              .map(({ text }) => text);
          });
          expect(outside, `${lang} ${id}`).toEqual([]);
          await page.close();
        }
      }
    }, 240_000);
  }
});

describe('chart tips without a mouse', () => {
  test('Tab moves the focus to the chart and the arrow keys step through its marks, each showing its tip', async () => {
    const page = await open('/en/charts/trade-2013/', { width: 1280, height: 900 });
    const svg = page.locator('svg.chart__svg--wide');
    await svg.focus();
    const tip = page.locator('.chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const tips = await svg.locator('[data-tip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tip')));
    expect(await tip.textContent()).toBe(tips[0]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tip.textContent()).toBe(tips[1]);
    await page.keyboard.press('End');
    await expect.poll(() => tip.textContent()).toBe(tips.at(-1));
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  test('a tap shows a tip that stays until the next tap elsewhere', async () => {
    const page = await open('/en/charts/trade-2013/', PHONE, { hasTouch: true });
    const bar = page.locator('svg.chart__svg--narrow .bar').first();
    await bar.tap();
    const tip = page.locator('.chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/\S/u);
    await page.locator('h1').tap();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });
});
