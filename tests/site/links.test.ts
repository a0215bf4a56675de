import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist.ts';

// Runs on the built site: every internal link and #anchor resolves, across all pages.
const pages = builtPages();
const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The file a site path is served from, or null. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/')) ?? null;
}

describe('links in the built site', () => {
  test('the site has pages in both languages', () => {
    expect(pages.filter((p) => p.startsWith('zh/')).length).toBe(pages.filter((p) => p.startsWith('en/')).length);
    expect(pages.length).toBeGreaterThan(500);
  });

  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const file = join(DIST, page);
      const html = readFileSync(file, 'utf8');
      const base = `/${relative(DIST, file).replace(/index\.html$/u, '')}`;
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/gu)) {
        const href = m[1]!.replace(/&amp;/gu, '&');
        if (/^(?:[a-z]+:|\/\/)/iu.test(href)) continue;
        const [withQuery, hash] = href.split('#') as [string, string | undefined];
        // A query string (the report page's ?page=…) does not change which file is served.
        const path = withQuery.split('?')[0]!;
        const target =
          path === '' ? file : fileFor(path.startsWith('/') ? path : new URL(path, `http://x${base}`).pathname);
        if (!target) {
          broken.push(`${page}: ${href} (no such page)`);
          continue;
        }
        if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash)))
          broken.push(`${page}: ${href} (no #${hash})`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
