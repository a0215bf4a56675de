import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MOVED_SECTIONS, movedPath } from '../../src/lib/moved-routes.ts';
import { builtPages, DIST } from '../support/dist.ts';

// People cite permalinks: a renamed section keeps every old address as a page that sends the reader
// to the same page under its new name, and never to a page that does not exist.
const pages = builtPages();
const path = (file: string) => `/${file.replace(/index\.html$/u, '')}`;

describe('moved sections', () => {
  test('every page of a renamed section has its old address, which refreshes to the new one', () => {
    const problems: string[] = [];
    for (const [from, to] of Object.entries(MOVED_SECTIONS)) {
      const current = pages.filter((p) => /^(zh|en)\//u.test(p) && p.split('/')[1] === to);
      expect(current.length, `no built pages under /{lang}/${to}/`).toBeGreaterThan(0);
      for (const page of current) {
        const old = page.replace(`/${to}/`, `/${from}/`);
        if (!existsSync(join(DIST, old))) problems.push(`${path(old)}: missing (moved to ${path(page)})`);
        else {
          const html = readFileSync(join(DIST, old), 'utf8');
          const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/u.exec(html)?.[1];
          if (target !== path(page) || target !== movedPath(path(old)))
            problems.push(`${path(old)}: refreshes to ${target}`);
          if (!html.includes(`<a href="${path(page)}">`)) problems.push(`${path(old)}: no link to ${path(page)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
  // That no other page refreshes (former ids aside) is checked once, in former-ids.test.ts.
});
