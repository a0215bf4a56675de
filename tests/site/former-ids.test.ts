import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formerIdPaths, readFormerIds } from '../../src/lib/former-ids.ts';
import { movedPath } from '../../src/lib/moved-routes.ts';
import { builtPages, DIST } from '../support/dist.ts';

// People cite permalinks: a record whose id changed keeps its old address as a page that sends the
// reader to the record's page now (refresh, canonical and a link), and that search and the sitemap skip.
const pages = builtPages();
const formerIds = readFormerIds();
const fileOf = (path: string) => `${path.slice(1)}index.html`;

describe('former record ids', () => {
  test('every old address exists, refreshes to the live page, names it canonical and links to it', () => {
    const problems: string[] = [];
    for (const f of formerIds) {
      for (const lang of ['zh', 'en']) {
        const { from, to } = formerIdPaths(lang, f);
        if (!pages.includes(fileOf(to))) problems.push(`${to}: the new address was not built`);
        if (!existsSync(join(DIST, fileOf(from)))) {
          problems.push(`${from}: missing (moved to ${to})`);
          continue;
        }
        const html = readFileSync(join(DIST, fileOf(from)), 'utf8');
        const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/u.exec(html)?.[1];
        if (refresh !== to) problems.push(`${from}: refreshes to ${refresh}`);
        const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(html)?.[1];
        if (!canonical?.endsWith(to)) problems.push(`${from}: canonical is ${canonical}`);
        if (!html.includes(`<a href="${to}">`)) problems.push(`${from}: no link to ${to}`);
        if (!html.includes('<meta name="robots" content="noindex"')) problems.push(`${from}: not marked noindex`);
        if (html.includes('data-pagefind-body')) problems.push(`${from}: indexed by search`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the sitemap, when built, lists no old address', () => {
    const sitemap = join(DIST, 'sitemap.xml');
    if (!existsSync(sitemap)) return; // no site address: no sitemap (src/integrations/sitemap.ts)
    const xml = readFileSync(sitemap, 'utf8');
    const old = formerIds.flatMap((f) => ['zh', 'en'].map((l) => formerIdPaths(l, f).from));
    const listed = old.filter((p) => xml.includes(`${p}<`));
    expect(listed).toEqual([]);
  });

  test('no live page refreshes elsewhere (only former ids and renamed sections send readers on)', () => {
    const old = new Set(formerIds.flatMap((f) => ['zh', 'en'].map((l) => fileOf(formerIdPaths(l, f).from))));
    const refreshes = (p: string) => readFileSync(join(DIST, p), 'utf8').includes('http-equiv="refresh"');
    const renamedSection = (p: string) => movedPath(`/${p.replace(/index\.html$/u, '')}`) !== null;
    const refreshing = pages.filter((p) => !old.has(p) && !renamedSection(p) && refreshes(p));
    expect(refreshing).toEqual([]);
  });
});
