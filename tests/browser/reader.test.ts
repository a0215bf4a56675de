import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readManifest } from '../../scripts/build-documents.ts';
import { isDraft } from '../../src/schemas/manifest.ts';
import { DESKTOP, sharedChromium, PHONE, openSettled } from '../support/browser.ts';

const base = inject('baseUrl');
const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const browser = sharedChromium();

const open = (path: string, viewport: { width: number; height: number } = DESKTOP): Promise<Page> =>
  openSettled(browser(), base + path, { viewport });

describe('source list', () => {
  test.each(['zh', 'en'])('lists every document of the manifest, in file order, drafts marked, in %s', async (lang) => {
    const page = await open(`/${lang}/sources/`);
    const links = await page.locator('.source-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const entries = readManifest(SEEDS).documents.toSorted((a, b) => a.file.localeCompare(b.file));
    expect(links).toEqual(entries.map((d) => `/${lang}/sources/${d.slug}/`));
    expect(await page.locator('.source-card [data-draft]').count()).toBe(entries.filter(isDraft).length);
    await page.close();
  });
});

describe('reader', () => {
  test('the article reader shows tables with real header cells', async () => {
    const page = await open('/zh/sources/technology-transfer-network/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('h1').innerText()).toBe('中国新疆织就与中亚国家“一带一路”科技合作协同网络');
    expect(await page.locator('article table').count()).toBe(13);
    const trade = page.locator('table', {
      has: page.locator('caption', { hasText: '2013 年中国与中亚五国进出口商品结构' }),
    });
    expect(await trade.locator('thead tr').count()).toBe(2);
    expect(await trade.locator('thead th[colspan="2"]').allInnerTexts()).toEqual(['中国进口', '中国出口']);
    expect(await trade.locator('tbody th[scope="row"]').allInnerTexts()).toEqual([
      '哈萨克斯坦',
      '吉尔吉斯斯坦',
      '塔吉克斯坦',
      '乌兹别克斯坦',
      '土库曼斯坦',
    ]);
    expect(await trade.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual([
      '285',
      '矿产品、贱金属及制品、化工产品等',
      '160',
      '机电产品、贱金属及其制品、纺织品、服装、鞋帽等日用消费品',
      '125',
    ]);
    await page.close();
  });

  test('every table of contents entry and paragraph link points at an element on the page', async () => {
    for (const slug of ['central-asia-cooperation-2018', 'technology-transfer-network', 'sco-partnership-call-2018']) {
      const page = await open(`/zh/sources/${slug}/`);
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
          .map((a) => a.getAttribute('href')!.slice(1))
          .filter((id) => !document.getElementById(id)),
      );
      expect(broken, slug).toEqual([]);
      expect(await page.locator('.toc a').count(), slug).toBeGreaterThan(3);
      await page.close();
    }
  });

  test('every paragraph carries a permanent link to itself', async () => {
    const page = await open('/zh/sources/central-asia-cooperation-2018/');
    const paragraphs = page.locator('article p.source-paragraph');
    expect(await paragraphs.count()).toBe(12);
    const selfLinked = await paragraphs.evaluateAll((ps) =>
      ps.every((p) => p.id.startsWith('p-') && p.querySelector(`a.anchor-link[href="#${p.id}"]`)),
    );
    expect(selfLinked).toBe(true);
    await page.close();
  });

  test('errata are annotated in place and listed with their source lines', async () => {
    const page = await open('/zh/sources/technology-transfer-network/');
    expect(await page.locator('mark.erratum--flag').allInnerTexts()).toEqual(['先,', 'and']);
    expect(await page.locator('.erratum--omit code').allInnerTexts()).toEqual(['**科技**']);
    const entries = await page.locator('.errata-list li').allInnerTexts();
    expect(entries).toHaveLength(4);
    expect(entries[1]).toContain('与第 127 行的表题相同');
    await page.close();
  });

  test('photo captions are figures, not text of the paragraph', async () => {
    const page = await open('/zh/sources/policy-and-innovation-zone-2018/');
    expect(await page.locator('figure.source-figure figcaption').count()).toBe(6);
    const paragraph = await page.locator('p', { hasText: '各类创新创业基地不断发展' }).innerText();
    expect(paragraph).toContain('培育面向中亚的国际创业孵化机构 1家');
    expect(paragraph).not.toContain('鸟瞰图');
    await page.close();
  });

  test('the page ships no JavaScript but the small, allowed enhancements', async () => {
    const page = await open('/zh/sources/sco-partnership-call-2018/');
    const scripts = await page.locator('script').evaluateAll((els) =>
      Promise.all(
        els.map(async (e) => {
          const src = (e as HTMLScriptElement).src;
          return src ? (await fetch(src)).text() : (e.textContent ?? '');
        }),
      ),
    );
    // SCRIPT_ALLOWANCES (scripts/bench/page-weight.ts): the cite panel's and the reader's "copy link".
    for (const text of scripts) expect(text).toMatch(/\[data-cite-panel\]|\[data-reader-links\]/u);
    await page.close();
  });

  test('on a phone the page does not scroll sideways; wide tables scroll inside their frame', async () => {
    const page = await open('/zh/sources/technology-transfer-network/', PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const scrollers = await page
      .locator('.table-scroll')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).length);
    expect(scrollers).toBeGreaterThan(0);
    await page.close();
  });
});

describe('English edition', () => {
  test('the English reader is marked English and its Chinese text Chinese', async () => {
    const page = await open('/en/sources/sco-partnership-call-2018/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toMatch(/^Project Application Guidelines for the 2018/u);
    expect(await page.getAttribute('article', 'lang')).toBe('en');
    expect(await page.locator('article .untranslated').count()).toBe(0);
    const stray = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (/\p{Script=Han}/u.test(n.textContent ?? '') && !n.parentElement?.closest('[lang^="zh"]'))
          out.push(n.textContent!.trim());
      }
      return out;
    });
    expect(stray).toEqual([]);
    await page.close();
  });

  test('the language switch goes to the same page in the other language', async () => {
    const page = await open('/en/sources/technology-transfer-network/');
    await page.click('[data-switch-locale]');
    expect(new URL(page.url()).pathname).toBe('/zh/sources/technology-transfer-network/');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) =>
        ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!, location.href).pathname}`),
      );
    expect(alternates).toEqual([
      'zh-Hans /zh/sources/technology-transfer-network/',
      'en /en/sources/technology-transfer-network/',
      'x-default /zh/sources/technology-transfer-network/',
    ]);
    await page.close();
  });
});
