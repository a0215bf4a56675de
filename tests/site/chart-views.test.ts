import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Runs on the built site (DIST_DIR, else dist/): every chart page has Chart / Table / Sources
// views, each a page of its own (the view is in the URL), linked by tabs that mark the current one.
const DIST = process.env['DIST_DIR']
  ? resolve(process.env['DIST_DIR'])
  : fileURLToPath(new URL('../../dist/', import.meta.url));
const charts = ['zh', 'en'].flatMap((lang) => {
  const dir = join(DIST, lang, 'charts');
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `/${lang}/charts/${d.name}/`)
    : [];
});
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('chart views', () => {
  test('there are charts in both languages', () => {
    expect(charts.filter((c) => c.startsWith('/zh/')).length).toBeGreaterThan(1);
    expect(charts.filter((c) => c.startsWith('/en/')).length).toBe(charts.filter((c) => c.startsWith('/zh/')).length);
  });

  test(
    'each view links all three and marks itself; the table view holds the data table, the ' + 'sources view the source',
    () => {
      for (const chart of charts) {
        const views = { chart, table: `${chart}table/`, sources: `${chart}sources/` };
        for (const [name, path] of Object.entries(views)) {
          const html = page(path);
          const nav = /<nav class="chart-tabs"[^>]*>(.*?)<\/nav>/su.exec(html)?.[1] ?? '';
          for (const href of Object.values(views)) expect(nav, `${path} → ${href}`).toContain(`href="${href}"`);
          expect([...nav.matchAll(/aria-current="page"/gu)].length, path).toBe(1);
          expect(nav, path).toMatch(new RegExp(`href="${path}"[^>]*aria-current="page"`, 'u'));
          expect(html, path).toContain('data-cite-panel');
          if (name === 'table') expect(html, path).toContain('class="chart-data');
          if (name === 'sources') expect(html, path).toContain('class="chart__source"');
        }
      }
    },
  );
});
