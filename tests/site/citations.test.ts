import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Runs on the built site (DIST_DIR, else dist/): what citations, cite panels and page heads say
// about the site's address, on every page. The build under test is made without SITE_URL.
const DIST = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = existsSync(DIST)
  ? (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort()
  : [];
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

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
    expect(tablePages.filter((f) => f.startsWith('en/')).length).toBe(tablePages.filter((f) => f.startsWith('zh/')).length);
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
      const texts = [...cellPage.matchAll(/class="cite-text"[^>]*>(.*?)<\/p>/gsu)].map((m) => m[1]!.replace(/<[^>]+>/gu, ''));
      expect(texts.length, dir).toBeGreaterThanOrEqual(3);
      for (const text of texts) expect(text, dir).toContain(first[2]!);
    }
  });
});
