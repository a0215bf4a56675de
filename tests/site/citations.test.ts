import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';

// Runs on the built site (DIST_DIR, else dist/): what citations, cite panels and page heads say
// about the site's address, on every page. The build under test is made without SITE_URL.
const DIST = process.env['DIST_DIR']
  ? resolve(process.env['DIST_DIR'])
  : fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = existsSync(DIST)
  ? (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort()
  : [];
const cache = new Map<string, string>();
const read = (file: string): string => {
  let text = cache.get(file);
  if (text === undefined) cache.set(file, (text = readFileSync(join(DIST, file), 'utf8')));
  return text;
};
// These read every built page: budgets sized for a loaded 2-core machine, not for speed.
vi.setConfig({ testTimeout: 180_000 });

describe('site address', () => {
  test('there is a build to check', () => {
    expect(pages.length, `no built pages in ${DIST}: run npm run build`).toBeGreaterThan(0);
  });

  test('no page shows a placeholder host or a note about SITE_URL', () => {
    const bad = pages.filter((f) => /example\.org|SITE_URL/u.test(read(f)));
    expect(bad).toEqual([]);
  });

  test('without a configured address, heads hold no absolute self-links and cite panels a fillable slot', () => {
    const panels = pages.filter((f) => read(f).includes('data-cite-panel'));
    expect(panels.length).toBeGreaterThan(10);
    for (const f of panels) {
      const html = read(f);
      expect(html, f).not.toMatch(/<link rel="canonical"/u);
      expect(html, f).toMatch(/<span data-origin[^>]*>\[(?:address of this site|本站网址)\]<\/span>\/(?:zh|en)\//u);
    }
  });
});

const tablePages = pages.filter((f) => /^(zh|en)\/tables\/[^/]+\/index\.html$/u.test(f));

describe('cite one value', () => {
  test('there are table pages in both languages', () => {
    expect(tablePages.filter((f) => f.startsWith('zh/')).length).toBeGreaterThan(3);
    expect(tablePages.filter((f) => f.startsWith('en/')).length).toBe(
      tablePages.filter((f) => f.startsWith('zh/')).length,
    );
  });

  test('every number cell of every table has an anchor and a cite link to its own page', () => {
    for (const f of tablePages) {
      const html = read(f);
      const dir = f.replace(/index\.html$/u, '');
      const numbers = [...html.matchAll(/<td([^>]*class="num cell-number[^"]*"[^>]*)>(.*?)<\/td>/gsu)];
      for (const [, attrs, inner] of numbers) {
        const id = /\sid="(c-[0-9a-f]{8}(?:-\d+)?)"/u.exec(attrs!)?.[1];
        expect(id, `${f}: a number cell without an anchor`).toBeDefined();
        expect(inner, f).toContain(`href="/${dir}${id}/"`);
        const cellPage = read(`${dir}${id}/index.html`);
        // The value's page cites the cell's permalink, in the same cite panel as every record.
        expect(cellPage, `${dir}${id}/`).toContain('data-cite-panel');
        expect(cellPage, `${dir}${id}/`).toContain(`/${dir}#${id}`);
      }
    }
  });

  test('the cited value page names row, column and value as printed in every style', () => {
    for (const f of tablePages) {
      const html = read(f);
      const dir = f.replace(/index\.html$/u, '');
      const first = /<td id="(c-[^"]+)"[^>]*data-value="([^"]+)"/u.exec(html);
      if (!first) continue;
      const cellPage = read(`${dir}${first[1]}/index.html`);
      const texts = [...cellPage.matchAll(/class="cite-text"[^>]*>(.*?)<\/p>/gsu)].map((m) =>
        m[1]!.replace(/<[^>]+>/gu, ''),
      );
      expect(texts.length, dir).toBeGreaterThanOrEqual(3);
      for (const text of texts) expect(text, dir).toContain(first[2]!);
    }
  });
});

describe('download this table', () => {
  test('every table page offers its own CSV and JSON, in its language, holding every cell as printed', async () => {
    const { parseCsv } = await import('../../src/lib/csv.ts');
    for (const f of tablePages) {
      const html = read(f);
      const lang = f.slice(0, 2);
      const csvHref = /<a href="([^"]+)"[^>]*data-table-download="csv"/u.exec(html)?.[1];
      const jsonHref = /<a href="([^"]+)"[^>]*data-table-download="json"/u.exec(html)?.[1];
      expect(csvHref, f).toMatch(new RegExp(`^/data/tables/${lang}/[^/]+\\.csv$`, 'u'));
      const text = read(csvHref!.slice(1));
      expect(text.startsWith('\uFEFF'), csvHref).toBe(true);
      const [header, ...rows] = parseCsv(text);
      const json = JSON.parse(read(jsonHref!.slice(1))) as { rows: unknown[][]; period: string | null };
      expect(json.rows.length, jsonHref).toBe(rows.length);
      // Every printed number of the table is in the file, in its row.
      const values = [...html.matchAll(/<td id="c-[^"]+"[^>]*data-value="([^"]+)"/gu)].map((m) => m[1]!);
      const cells = new Set(rows.flat());
      for (const v of values) expect(cells.has(v), `${csvHref}: ${v}`).toBe(true);
      expect(header!.slice(-5), csvHref).toEqual(
        lang === 'en' ? ['Period', 'Unit', 'Source', 'Licence', 'URL'] : ['时期', '单位', '来源', '许可', '网址'],
      );
      for (const row of rows) expect(row.length, csvHref).toBe(header!.length);
      if (json.period) for (const row of rows) expect(row.at(-5), csvHref).toBe(json.period);
    }
  });

  test('English downloads carry English labels', () => {
    const file = read('data/tables/en/trade-structure-2013.csv');
    expect(file).toMatch(/^\uFEFFRow,Total trade,Total trade \(USD\),/u);
    expect(file).toMatch(/\r\nKazakhstan,285,28500000000,/u);
  });
});

describe('cite panels beyond records', () => {
  test('every chart page and every source document (reader and side by side) has a cite panel', () => {
    const wanted = pages.filter((f) => /^(zh|en)\/(charts\/[^/]+|sources\/[^/]+(\/parallel)?)\/index\.html$/u.test(f));
    expect(wanted.filter((f) => f.includes('/charts/')).length).toBeGreaterThan(1);
    expect(wanted.filter((f) => f.endsWith('/parallel/index.html')).length).toBeGreaterThan(1);
    for (const f of wanted) {
      const html = read(f);
      expect(html, f).toContain('data-cite-panel');
      for (const ext of ['bib', 'ris', 'json'])
        expect(html, `${f} .${ext}`).toMatch(new RegExp(`download="[^"]+\\.${ext}"`, 'u'));
    }
  });
});

describe('provenance to the row', () => {
  const recordPages = pages.filter((f) => read(f).includes('data-source-target='));
  const textOf = (html: string) =>
    html
      .replace(/<[^>]+>/gu, '')
      .replace(/&#39;/gu, "'")
      .replace(/&quot;/gu, '"')
      .replace(/&amp;/gu, '&');

  test('source links are named by what they point at, never by a bare anchor', () => {
    expect(recordPages.length).toBeGreaterThan(10);
    for (const f of recordPages) {
      for (const m of read(f).matchAll(/<a href="[^"]*" data-source-target="[a-z]+">(.*?)<\/a>/gsu)) {
        expect(textOf(m[1]!), f).not.toMatch(/#?[ptfha]-[0-9a-f]{8}/u);
      }
    }
  });

  test('a quoted source that is a table lands on the whole table only when the quote is its caption', () => {
    let rows = 0;
    for (const f of recordPages) {
      const html = read(f);
      for (const m of html.matchAll(/<blockquote[^>]*>(.*?)<\/blockquote>\s*<p class="source-cite">(.*?)<\/p>/gsu)) {
        const link = /<a href="([^"#]*)#([^"]+)" data-source-target="(row|table)">/u.exec(m[2]!);
        if (!link) continue;
        const [, path, anchor, kind] = link;
        const reader = read(
          `${path!
            .slice(1)
            .replace(/parallel\/$/u, '')
            .replace(/^en\//u, 'zh/')}index.html`,
        );
        const quote = textOf(m[1]!).trim();
        if (kind === 'row') {
          rows++;
          const row = new RegExp(`<tr id="${anchor}">(.*?)</tr>`, 'su').exec(reader);
          expect(row, `${f} → #${anchor}`).not.toBeNull();
        } else {
          const table = new RegExp(`id="${anchor}"[^>]*>.*?<caption[^>]*>(.*?)</caption>`, 'su').exec(reader);
          expect(textOf(table?.[1] ?? ''), `${f}: “${quote}” lands on the whole table`).toContain(quote);
        }
      }
    }
    expect(rows).toBeGreaterThan(0);
  });
});
