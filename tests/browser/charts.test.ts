import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { COUNTRY_ORDER } from '../../src/lib/countries.ts';
import type { TableRecord } from '../../src/schemas/tables.ts';
import { DESKTOP, sharedChromium, PHONE, openSettled } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';

const base = inject('baseUrl');
const ROOT = new URL('../../', import.meta.url);
const browser = sharedChromium();

const open = (path: string, viewport: { width: number; height: number } = DESKTOP): Promise<Page> =>
  openSettled(browser(), base + path, { viewport });

// What each chart must draw, computed from the collections (never typed in).
const table = (id: string) =>
  JSON.parse(readFileSync(new URL(`content/tables/${id}.json`, ROOT), 'utf8')) as TableRecord;
const body = (t: TableRecord) => t.rows.slice(t.headerRows);
const numbers = (t: TableRecord) => body(t).flatMap((r) => r.filter((c) => c.kind === 'number').map((c) => c.value!));
const frontmatter = (dir: string) =>
  readdirSync(new URL(dir, ROOT)).map(
    (f) =>
      parse(readFileSync(new URL(`${dir}${f}`, ROOT), 'utf8').split(/^---$/mu)[1]!) as {
        kind: string;
        countries: string[];
      },
  );
const platforms = frontmatter('content/curated/platforms/');
const events = frontmatter('content/curated/events/');
const call = JSON.parse(readFileSync(new URL('content/programmes/sco-partnership-call-2018.json', ROOT), 'utf8')) as {
  categories: { maxProjects: number; funding: { min: number; max: number } }[];
};

interface Expectation {
  /** Marks in the wide SVG and how many there must be. */
  mark: string;
  count: number;
  /** Text the chart must show, per language. */
  labels: { zh: string[]; en: string[] };
  /** Source table whose every number must be in the data table. */
  table?: string;
  /** The SVG's role: "img", or "group" for a chart holding links (the map). */
  role?: 'group';
}

const EXPECT: Record<string, Expectation> = {
  'trade-2013': {
    mark: '.bar',
    count: 2 * body(table('trade-structure-2013')).length,
    labels: { zh: ['哈萨克斯坦', '中国进口', '贸易总额'], en: ['Kazakhstan', "China's imports", 'Total trade'] },
    table: 'trade-structure-2013',
  },
  'goods-shares-2010': {
    mark: '.bar',
    count: body(table('kz-kg-goods-shares-2010'))
      .flatMap((r) => r.slice(1))
      .filter((c) => c.kind === 'number').length,
    labels: { zh: ['燃料', '吉尔吉斯斯坦', '无数据'], en: ['Fuel', 'Kyrgyzstan', 'no value'] },
    table: 'kz-kg-goods-shares-2010',
  },
  'technology-level': {
    mark: '.segment',
    count: numbers(table('technology-level-survey')).filter((v) => v > 0).length,
    labels: {
      zh: ['国际领先', '新疆合作方', '合计 102'],
      en: ['Internationally leading', 'Xinjiang partner', 'Σ 102 ≠ 100'],
    },
    table: 'technology-level-survey',
  },
  'key-technology-sources': {
    mark: '.bar',
    count: 2 * body(table('key-technology-sources-survey')).length,
    labels: { zh: ['完全自主开发', '中亚五国'], en: ['Cooperative development', 'Five Central Asian countries'] },
    table: 'key-technology-sources-survey',
  },
  'market-position': {
    mark: '.bar',
    count: 2 * body(table('market-position-survey')).length,
    labels: {
      zh: ['中亚市场具竞争优势', '中国新疆'],
      en: ['Competitive advantage in the Central Asian market', 'Xinjiang'],
    },
    table: 'market-position-survey',
  },
  'cooperation-modes': {
    mark: '.bar',
    count: 2 * body(table('cooperation-modes-survey')).length,
    labels: { zh: ['引进设备型', '输出技术型'], en: ['Importing equipment', 'Exporting technology'] },
    table: 'cooperation-modes-survey',
  },
  'partnerships-timeline': {
    mark: '.partnership',
    count: events.filter((e) => e.kind.endsWith('strategic-partnership')).length,
    labels: { zh: ['土库曼斯坦', '2010年以来', '2005年7月'], en: ['Turkmenistan', 'Since 2010', 'July 2005'] },
  },
  'platforms-map': {
    mark: '.map-link',
    role: 'group',
    count: COUNTRY_ORDER.length,
    labels: { zh: ['哈萨克斯坦', '蒙古国'], en: ['Kazakhstan', 'Mongolia'] },
  },
  'platforms-by-country': {
    mark: '.unit',
    count: platforms.reduce((n, p) => n + Math.max(1, p.countries.length), 0),
    labels: {
      zh: ['哈萨克斯坦', '研究中心', '原文未写明合作国家'],
      en: ['Kazakhstan', 'Research centre', 'No partner country stated'],
    },
  },
  'call-2018-funding': {
    mark: '.range-bar',
    count: 2 * call.categories.length,
    labels: { zh: ['重点项目', '100～200 万元'], en: ['Key projects', 'CNY 1–2 million'] },
  },
};
const IDS = Object.keys(EXPECT);

/** Chinese text on a page that is not inside an element marked lang="zh…". */
const strayChinese = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (/\p{Script=Han}/u.test(n.textContent ?? '') && !n.parentElement?.closest('[lang^="zh"]'))
        out.push(n.textContent!.trim());
    return out;
  });

describe('chart gallery', () => {
  test('lists every chart in both languages, each card linking to its page', async () => {
    for (const lang of ['zh', 'en']) {
      const page = await open(`/${lang}/charts/`);
      const links = await page.locator('.chart-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(IDS.map((id) => `/${lang}/charts/${id}/`));
      expect(await page.locator('.chart-card svg[aria-hidden="true"]').count()).toBe(IDS.length);
      await page.close();
    }
  });
});

describe.each(IDS)('chart %s', (id) => {
  const e = EXPECT[id]!;
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: the expected marks and labels, titled and described, the numbers in its data table`, async () => {
      const page = await open(`/${lang}/charts/${id}/`);
      const wide = page.locator('figure.chart svg.chart__svg--wide');
      expect(await wide.isVisible()).toBe(true);
      expect(await page.locator('figure.chart svg.chart__svg--narrow').isVisible()).toBe(false);
      expect(await wide.getAttribute('role')).toBe(e.role ?? 'img');
      expect((await wide.locator('title').textContent())!.length).toBeGreaterThan(5);
      expect((await wide.locator('desc').textContent())!.length).toBeGreaterThan(20);
      expect(await wide.locator(e.mark).count()).toBe(e.count);
      expect(await page.locator('figure.chart svg.chart__svg--narrow').locator(e.mark).count()).toBe(e.count);
      // Wrapped labels are one <text> with a <tspan> per line: read them as one line.
      const svgText = (
        await wide
          .locator('text')
          .evaluateAll((ts) =>
            ts.map((t) => (t.children.length ? [...t.children].map((c) => c.textContent).join(' ') : t.textContent)),
          )
      ).join('\n');
      // Chinese wraps between characters, so Chinese labels are compared without spaces.
      const squeeze = (x: string) => (lang === 'zh' ? x.replace(/\s+/gu, '') : x);
      for (const label of e.labels[lang]) expect(squeeze(svgText), label).toContain(squeeze(label));
      if (e.table) {
        const shown = (
          await page
            .locator('.chart__data td[data-value]')
            .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))))
        ).sort((a, b) => a - b);
        const left = [...shown];
        for (const v of numbers(table(e.table))) {
          const i = left.indexOf(v);
          expect(i, `${v} in the data table`).toBeGreaterThanOrEqual(0);
          left.splice(i, 1);
        }
      }
      if (lang === 'en') expect(await strayChinese(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('chart pages', () => {
  test('carry less than 15 KB of gzipped JavaScript', async () => {
    const dist = pathToFileURL(DIST);
    for (const id of IDS) {
      const html = readFileSync(new URL(`zh/charts/${id}/index.html`, dist), 'utf8');
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!);
      const files = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/gu)].map((m) =>
        readFileSync(new URL(m[1]!, dist), 'utf8'),
      );
      const imports = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/gu)].map((m) =>
        readFileSync(new URL(m[1]!, dist), 'utf8'),
      );
      const bytes = [...inline, ...files, ...imports].reduce((n, s) => n + gzipSync(s).length, 0);
      expect(bytes, id).toBeLessThan(15 * 1024);
    }
  });

  test(
    'the data table of the trade chart repeats the printed numbers row by row and flags ' +
      'the totals that do not add up',
    async () => {
      const page = await open('/zh/charts/trade-2013/');
      const rows = await page
        .locator('.chart__data tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.querySelectorAll('td[data-value]')].map((td) => Number(td.getAttribute('data-value'))),
          ),
        );
      const t = table('trade-structure-2013');
      expect(rows.map((r) => r.slice(0, 3))).toEqual(body(t).map((r) => [r[1]!.value, r[3]!.value, r[5]!.value]));
      expect(await page.locator('.chart__data tbody tr th').allTextContents()).toEqual(
        body(t).map((r) => r[0]!.printed),
      );
      expect(await page.locator('.chart__data td.flagged').count()).toBe(2 * t.sumChecks.length);
      await page.close();
    },
  );

  test('the timeline shows each partnership date of the source table', async () => {
    const page = await open('/zh/charts/partnerships-timeline/');
    const rows = await page
      .locator('.chart__data tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent!.replace(/\s+/gu, ''))),
      );
    const t = table('strategic-partnerships');
    const printed = body(t).map((r) =>
      [r[0]!.printed, r[1]!.printed, r[2]!.printed].map((s) => s.replace(/\s+/gu, '').replace('/', '—')),
    );
    expect(rows.sort()).toEqual(printed.sort());
    await page.close();
  });

  test('the funding card shows the call’s ranges and quotas', async () => {
    const page = await open('/zh/charts/call-2018-funding/');
    const values = await page
      .locator('.chart__data tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td[data-value]')].map((td) => Number(td.getAttribute('data-value')))),
      );
    expect(values).toEqual(call.categories.map((c) => [c.maxProjects, c.funding.min, c.funding.max]));
    await page.close();
  });

  test('on a phone the narrow layout shows, text stays legible and the page does not scroll sideways', async () => {
    for (const id of IDS) {
      const page = await open(`/en/charts/${id}/`, PHONE);
      expect(await page.locator('svg.chart__svg--narrow').isVisible(), id).toBe(true);
      expect(await page.locator('svg.chart__svg--wide').isVisible(), id).toBe(false);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        id,
      ).toBeLessThanOrEqual(0);
      const smallest = await page
        .locator('svg.chart__svg--narrow text')
        .evaluateAll((ts) =>
          Math.min(...ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height).filter((h) => h > 0)),
        );
      expect(smallest, id).toBeGreaterThanOrEqual(9);
      await page.close();
    }
  });

  test('hovering a bar shows its tooltip and highlights its series', async () => {
    const page = await open('/en/charts/trade-2013/');
    const bar = page.locator('svg.chart__svg--wide .bar').first();
    await bar.hover();
    const tip = page.locator('.chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('Kazakhstan');
    expect(await page.locator('svg.chart__svg--wide.is-dimmed').count()).toBe(1);
    expect(await page.locator('svg.chart__svg--wide .bar.is-lit').count()).toBe(EXPECT['trade-2013']!.count / 2);
    await page.close();
  });

  test('downloads: the SVG file is the chart with its title, the CSV is UTF-8 with a byte-order mark', async () => {
    const page = await open('/en/charts/goods-shares-2010/');
    const svgHref = await page.locator('.chart__downloads a[href$=".svg"]').getAttribute('href');
    const csvHref = await page.locator('.chart__downloads a[href$=".csv"]').getAttribute('href');
    const svg = await (await fetch(base + svgHref)).text();
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/u);
    expect(svg).toContain('<title id="goods-shares-2010-file-title">');
    expect((svg.match(/class="bar /gu) ?? []).length).toBe(EXPECT['goods-shares-2010']!.count);
    const csv = new Uint8Array(await (await fetch(base + csvHref)).arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csv).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 2 * body(table('kz-kg-goods-shares-2010')).length);
    expect(await page.locator('.chart__downloads button[data-png]').isVisible()).toBe(true);
    await page.close();
  });

  test('without JavaScript the chart, its labels and its data table are all there', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const page = await context.newPage();
    // No scripts run here, so there is nothing to wait for in the page (and evaluate() would hang).
    await page.goto(`${base}/zh/charts/technology-level/`);
    expect(await page.locator('svg.chart__svg--wide .segment').count()).toBe(EXPECT['technology-level']!.count);
    expect(await page.locator('.chart__data table').count()).toBe(1);
    expect(await page.locator('.chart__downloads a').count()).toBe(2);
    await context.close();
  });
});
