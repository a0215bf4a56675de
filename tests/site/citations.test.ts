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
