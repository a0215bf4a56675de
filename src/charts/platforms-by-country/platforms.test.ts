import { describe, expect, test } from 'vitest';
import { platformKindSchema } from '../../schemas/records.ts';
import { marksWithClass } from '../shared/marks.ts';
import { platformLayout, type PlatformText } from './layout.ts';
import { platformState, type PlatformInput } from './state.ts';

const platforms: PlatformInput[] = [
  { id: 'a', kind: 'research-centre', countries: ['KZ'] },
  { id: 'b', kind: 'research-centre', countries: ['KZ', 'KG'] },
  { id: 'c', kind: 'fund', countries: [] },
  { id: 'd', kind: 'database', countries: ['RU'] },
];
const order = ['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU', 'MN'] as const;
const state = () => platformState(platforms, order, ['KZ', 'KG', 'TJ', 'UZ', 'TM'], platformKindSchema.options);

const text: PlatformText = { column: (c) => ({ text: c ?? 'none' }), kind: (k, n) => `${k} (${n})`, platform: (id) => id, total: 'Total' };

describe('platformState', () => {
  test('columns: the five Central Asian countries always, other countries when named, then “none stated”', () => {
    expect(state().columns).toEqual(['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU', null]);
  });

  test('a platform naming two countries counts in both; kinds are ordered by frequency', () => {
    const s = state();
    expect(s.columnTotals).toEqual([2, 1, 0, 0, 0, 1, 1]);
    expect(s.kinds.map((k) => k.kind)).toEqual(['research-centre', 'database', 'fund']);
    expect(s.cells.find((c) => c.kind === 'research-centre' && c.column === 'KG')!.ids).toEqual(['b']);
    expect(s.multiCountry).toBe(1);
    expect(s.platforms).toBe(4);
  });
});

describe('platformLayout', () => {
  test('one square per platform and country, one bar per column, all inside the chart', () => {
    for (const narrow of [false, true]) {
      const layout = platformLayout(state(), text, narrow);
      const units = marksWithClass(layout.marks, 'unit');
      expect(units).toHaveLength(5);
      expect(units.filter((u) => u.key === 'p-b')).toHaveLength(2);
      expect(marksWithClass(layout.marks, 'total-bar')).toHaveLength(7);
      for (const u of units) expect(u.kind === 'rect' && u.x + u.width <= layout.width).toBe(true);
    }
  });
});
