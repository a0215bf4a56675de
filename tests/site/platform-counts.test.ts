import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { COUNTRY_ORDER, COUNTRY_ZH } from '../../src/lib/countries.ts';
import { builtPages, DIST } from '../support/dist.ts';

// The built site's platform counts: country pages, home cards and the chart must agree with each
// other and with the records, and must say what they count (platforms, and records with sub-units).
const DIR = fileURLToPath(new URL('../../content/curated/platforms/', import.meta.url));
builtPages(); // fails, naming DIST, when there is no build

interface P {
  id: string;
  countries: string[];
  parent?: string;
}
const platforms: P[] = readdirSync(DIR).map((f) => ({
  id: f.slice(0, -4),
  ...(parse(readFileSync(join(DIR, f), 'utf8').split(/^---$/mu)[1]!) as Omit<P, 'id'>),
}));
/** Expected counts, from the records: a sub-unit counts on its own only where its parent is not credited. */
function expected(code: string) {
  const here = platforms.filter((p) => p.countries.includes(code));
  const ids = new Set(here.map((p) => p.id));
  return { own: here.filter((p) => !p.parent || !ids.has(p.parent)).length, all: here.length };
}
const page = (path: string) => readFileSync(join(DIST, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&#x27;|&#39;/gu, "'")
    .replace(/\s+/gu, ' ');

// The English count line, with the singular for one (“1 platform”, “1 record”).
const countsEn = (own: number, all: number) =>
  `${own} ${own === 1 ? 'platform' : 'platforms'} (${all} ${all === 1 ? 'record' : 'records'} with sub-units)`;

describe('platform counts in the built site', () => {
  test('each country page states both counts, labelled, as computed from the records', () => {
    for (const code of COUNTRY_ORDER) {
      const { own, all } = expected(code);
      expect(text(page(`en/countries/${code.toLowerCase()}/index.html`)), code).toContain(countsEn(own, all));
      expect(text(page(`zh/countries/${code.toLowerCase()}/index.html`)), code).toContain(
        `${own} 个平台（含下属单位共 ${all} 条记录）`,
      );
    }
  });

  test('the home page cards and the platforms-by-country chart give the same figures', () => {
    const home = text(page('en/index.html'));
    const chart = page('en/charts/platforms-by-country/index.html');
    const row = (label: string) => {
      const tr = [...chart.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)]
        .map((m) => m[1]!)
        .find((r) => text(r).includes(label))!;
      return [...tr.matchAll(/data-value="([\d.]+)"/gu)].map((m) => Number(m[1]));
    };
    const heads = [...chart.matchAll(/<th[^>]*scope="col"[^>]*>([\s\S]*?)<\/th>/gu)].map((m) => text(m[1]!).trim());
    const own = row('Platforms (sub-units in the same country not counted)');
    const all = row('Records (sub-units included)');
    for (const code of COUNTRY_ORDER) {
      const name = COUNTRY_ZH[code].en;
      const e = expected(code);
      const col = heads.indexOf(name) - 1;
      // The chart leaves out a country with no platform (the five Central Asian ones always show).
      if (col < 0 && e.all === 0) continue;
      expect([own[col], all[col]], name).toEqual([e.own, e.all]);
      expect(home, name).toContain(countsEn(e.own, e.all));
    }
  });

  test('the directory lists every sub-unit inside its parent’s card, never as a peer', () => {
    const html = page('en/platforms/index.html');
    for (const p of platforms.filter((x) => x.parent)) {
      const link = `href="/en/platforms/${p.id}/"`;
      const at = html.indexOf(link);
      const parentAt = html.indexOf(`href="/en/platforms/${p.parent}/"`);
      expect(at, p.id).toBeGreaterThan(parentAt);
      expect(html.lastIndexOf('record-list--sub', at), p.id).toBeGreaterThan(parentAt);
    }
  });
});
