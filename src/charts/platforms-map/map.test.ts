import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import type { Country } from '../../schemas/records.ts';
import { flatten, marksWithClass } from '../shared/marks.ts';
import { renderSvg } from '../shared/render-svg.ts';
import { coarsen, projectCountries } from './geo.ts';
import { mapLayout, separateLabels, type MapText } from './layout.ts';
import { REGION } from './model.ts';
import { bucketOf, countBuckets, mapState, type MapPlatformInput } from './state.ts';

const platforms: MapPlatformInput[] = [
  { id: 'a', countries: ['KZ'] },
  { id: 'b', countries: ['KZ', 'KG'] },
  { id: 'a1', countries: ['KZ'], parent: 'a' },
  { id: 'a2', countries: ['TJ'], parent: 'a' },
  { id: 'c', countries: [] },
];
const order: Country[] = ['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU', 'MN'];
const text: MapText = {
  name: (c) => ({ text: c }),
  describe: (c, n) => `${c}: ${n}`,
  href: (c) => `/x/${c}/`,
  range: (b) => `${b.min}-${b.max}`,
  zero: '0',
  host: 'host',
};

describe('mapState', () => {
  test("counts each country's own units, once in every country they name", () => {
    const s = mapState(platforms, order);
    // a1 is counted under a, which names Kazakhstan too; a2's parent is credited elsewhere.
    expect(s.countries.find((c) => c.code === 'KZ')!.ids).toEqual(['a', 'b']);
    expect(s.countries.find((c) => c.code === 'KG')!.ids).toEqual(['b']);
    expect(s.countries.find((c) => c.code === 'TJ')!.ids).toEqual(['a2']);
    expect(s.countries.find((c) => c.code === 'UZ')!.ids).toEqual([]);
    expect(s).toMatchObject({ none: 1, topLevel: 3, subUnits: 2 });
  });
});

describe('countBuckets(max, n)', () => {
  test('covers 1…max with at most n whole-number ranges; zero is in none', () => {
    for (const max of [1, 2, 3, 7, 10, 31]) {
      const b = countBuckets(max, 3);
      expect(b.length).toBeLessThanOrEqual(3);
      expect(b[0]!.min).toBe(1);
      expect(b.at(-1)!.max).toBe(max);
      for (let n = 1; n <= max; n += 1) expect(bucketOf(b, n)).toBeGreaterThanOrEqual(0);
      expect(bucketOf(b, 0)).toBe(-1);
    }
  });
});

describe('separateLabels', () => {
  test('no two boxes overlap afterwards and all stay inside the height', () => {
    const boxes = [0, 1, 2, 3].map((i) => ({ x: 50 + i * 3, y: 40 + i, w: 40, h: 20 }));
    const out = separateLabels(boxes, 200);
    for (const [i, a] of out.entries()) {
      expect(a.y - a.h / 2).toBeGreaterThanOrEqual(0);
      for (const b of out.slice(i + 1))
        expect(Math.abs(a.y - b.y) >= (a.h + b.h) / 2 || Math.abs(a.x - b.x) >= (a.w + b.w) / 2).toBe(true);
    }
  });
});

describe('the map of the region', () => {
  const topo = coarsen(atlas as unknown as Topology, 3000);
  test('coarser quantisation keeps every country and never adds points', () => {
    const points = (t: Topology) => t.arcs.reduce((n, a) => n + a.length, 0);
    expect(points(topo)).toBeLessThanOrEqual(points(atlas as unknown as Topology));
    expect(topo.transform?.scale[0]).toBeCloseTo(360 / 2999, 1);
    const coarse = projectCountries(topo, 'countries', order, REGION, 640);
    expect(coarse.countries.every((c) => c.d.length > 0)).toBe(true);
  });

  test('one link per country, to its page, with its count as text; labels inside the frame', () => {
    for (const width of [640, 360]) {
      const geo = projectCountries(topo, 'countries', [...order, 'CN'], REGION, width);
      const layout = mapLayout(mapState(platforms, order), geo, countBuckets(2, 3), 'CN', text, width < 400);
      const links = flatten(layout.marks).filter((m) => m.kind === 'group' && m.href);
      expect(links.map((m) => m.kind === 'group' && m.href)).toEqual(order.map((c) => `/x/${c}/`));
      for (const m of marksWithClass(layout.marks, 'map-count')) {
        expect(m.kind === 'text' && m.x >= 0 && m.x <= layout.width && m.y >= 0 && m.y <= geo.height).toBe(true);
      }
      const counts = marksWithClass(layout.marks, 'map-count').map((m) => (m.kind === 'text' ? m.text : ''));
      expect(counts).toEqual(['2', '1', '1', '0', '0', '0', '0']);
    }
  });

  test('rendered as links only where the SVG is interactive', () => {
    const geo = projectCountries(topo, 'countries', order, REGION, 640);
    const layout = mapLayout(mapState(platforms, order), geo, countBuckets(2, 3), 'CN', text, false);
    const frame = { id: 'm', title: 'T', desc: 'D', cls: 'chart-svg' };
    expect(renderSvg(layout, { ...frame, interactive: true })).toMatch(
      /role="group".*<a href="\/x\/KZ\/" aria-label="KZ: 2"/su,
    );
    expect(renderSvg(layout, frame)).not.toContain('<a ');
    expect(renderSvg(layout, { ...frame, interactive: true, decorative: true })).not.toContain('<a ');
  });
});
