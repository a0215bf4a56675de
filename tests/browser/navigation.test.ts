import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, gotoSettled, sharedChromium, PHONE } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = sharedChromium();

describe('navigation', () => {
  test.each(['zh', 'en'])('every header link in %s resolves to a page', async (lang) => {
    const page = await browser().newPage({ viewport: DESKTOP });
    await gotoSettled(page, `${base}/${lang}/`);
    const links = await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const href of links) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    await page.close();
  });

  test('the language switch keeps the page, and the reader keeps the paragraph', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    await gotoSettled(page, `${base}/zh/platforms/central-asia-ecology-environment-centre/`);
    await page.click('[data-switch-locale]');
    expect(new URL(page.url()).pathname).toBe('/en/platforms/central-asia-ecology-environment-centre/');
    await gotoSettled(page, `${base}/zh/sources/central-asia-cooperation-2018/`);
    const paragraph = page.locator('article p.source-paragraph').nth(2);
    const id = await paragraph.getAttribute('id');
    await paragraph.hover();
    await paragraph.locator('.anchor-link--lang').click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
      `/en/sources/central-asia-cooperation-2018/#${id}`,
    );
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await page.close();
  });

  test('keyboard focus on the home page: skip link, site name, sections, search, language', async () => {
    const page = await browser().newPage({ viewport: DESKTOP });
    await gotoSettled(page, `${base}/en/`);
    const order: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          const cls = el.className ? `.${el.className.split(' ')[0]}` : '';
          const label = (el.textContent ?? '').trim() || (el as HTMLInputElement).placeholder;
          return `${el.tagName.toLowerCase()}${cls}:${label}`;
        }),
      );
    }
    expect(order[0]).toBe('a.skip-link:Skip to content');
    expect(order[1]).toBe('a.site-name:Silk Road S&T Yearbook');
    expect(order).toContain('input:Search');
    // Visual order: the name, search and language switch on the first row, then the sections.
    const at = (prefix: string) => order.findIndex((o) => o.startsWith(prefix));
    expect(at('input:Search')).toBe(2);
    expect(at('a.lang-switch')).toBe(4);
    expect(order[5]).toBe('a:Platforms');
    // The skip link really moves focus past the header.
    await gotoSettled(page, `${base}/en/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  test('on a phone no page scrolls sideways', async () => {
    const page = await browser().newPage({ viewport: PHONE });
    for (const path of [
      '/zh/',
      '/en/',
      '/zh/platforms/',
      '/en/countries/kz/',
      '/zh/tables/trade-structure-2013/',
      '/en/timeline/',
      '/zh/search/',
    ]) {
      await gotoSettled(page, base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
