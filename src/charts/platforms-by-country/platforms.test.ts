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

const text: PlatformText = {
  column: (c) => ({ text: c ?? 'none' }),
  kind: (k, n) => `${k} (${n})`,
  platform: (id) => id,
  total: 'Total',
  count: (a, b) => `${a} (${b})`,
};

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

describe('sub-units', () => {
  const tree: PlatformInput[] = [
    { id: 'centre', kind: 'research-centre', countries: ['KZ', 'UZ'] },
    { id: 'branch', kind: 'branch-centre', countries: ['UZ'], parent: 'centre' },
    { id: 'lab', kind: 'joint-laboratory', countries: ['TJ'], parent: 'centre' },
  ];
  const s = platformState(tree, order, ['KZ', 'KG', 'TJ', 'UZ', 'TM'], platformKindSchema.options);

  test('a sub-unit of a platform in the same column counts only with sub-units', () => {
    const uz = s.columns.indexOf('UZ');
    expect([s.columnTopLevel[uz], s.columnTotals[uz]]).toEqual([1, 2]);
    expect(s.cells.find((c) => c.kind === 'branch-centre' && c.column === 'UZ')!.subUnits).toEqual(['branch']);
    expect([s.topLevel, s.platforms]).toEqual([1, 3]);
  });

  test('a sub-unit whose parent is credited elsewhere is that country’s own platform', () => {
    const tj = s.columns.indexOf('TJ');
    expect([s.columnTopLevel[tj], s.columnTotals[tj]]).toEqual([1, 1]);
    expect(s.cells.find((c) => c.kind === 'joint-laboratory' && c.column === 'TJ')!.subUnits).toEqual([]);
  });

  test('sub-unit squares are outlined and the bar label gives both counts', () => {
    const layout = platformLayout(s, text, false);
    expect(marksWithClass(layout.marks, 'unit--sub').map((m) => m.key)).toEqual(['p-branch']);
    const labels = marksWithClass(layout.marks, 'total-label').map((m) => (m.kind === 'text' ? m.text : ''));
    expect(labels).toContain('1 (2)');
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
