import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// An organisation that is a unit of another (a college, an institute, a bank's sub-branch) links
// its parent on its page, and the parent's page lists it, in both languages.
const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const DIR = fileURLToPath(new URL('../../content/organisations/', import.meta.url));
const built = existsSync(join(DIST, 'en/index.html'));
const orgs = readdirSync(DIR).map(
  (f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { id: string; parent: string | null },
);
const page = (lang: string, id: string) => readFileSync(join(DIST, lang, 'organisations', id, 'index.html'), 'utf8');

describe.skipIf(!built)('organisation units in the built site', () => {
  test('every unit links its parent, and the parent lists the unit', () => {
    const units = orgs.filter((o) => o.parent !== null);
    for (const lang of ['zh', 'en'])
      for (const u of units) {
        expect(page(lang, u.id), `${lang} ${u.id}`).toContain(`href="/${lang}/organisations/${u.parent}/"`);
        const list = page(lang, u.parent!).split('data-units')[1] ?? '';
        expect(list, `${lang} ${u.parent}`).toContain(`href="/${lang}/organisations/${u.id}/"`);
      }
  });
});
