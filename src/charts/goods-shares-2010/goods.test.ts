import { describe, expect, test } from 'vitest';
import { marksWithClass, type RectMark } from '../shared/marks.ts';
import { makeTable, realTable } from '../shared/test-tables.ts';
import { goodsLayout, type GoodsText } from './layout.ts';
import { shortCategoryEn } from './model.ts';
import { goodsState, parseShareLabel } from './state.ts';

const table = makeTable([
  ['指标', '哈萨克斯坦', '吉尔吉斯斯坦'],
  ['燃料出口占货物出口比重', '72.8', '15.3'],
  ['矿物和金属出口占货物出口比重', '—', '4.2'],
  ['燃料进口占货物进口比重', '10.0', '26.6'],
]);

const text: GoodsText = {
  country: (c) => ({ text: c }),
  flow: (f) => f,
  category: (c) => ({ text: c.category }),
  missing: 'no figure',
  unit: '%',
  tip: () => '',
};

describe('goodsState', () => {
  test('parseShareLabel reads the category and the flow from a row label', () => {
    expect(parseShareLabel('燃料出口占货物出口比重')).toEqual({ category: '燃料', flow: 'exports' });
    expect(parseShareLabel('农业原材料进口占货物进口比重')).toEqual({ category: '农业原材料', flow: 'imports' });
    expect(() => parseShareLabel('燃料出口占货物进口比重')).toThrow(/cannot read/u);
  });

  test('a printed “—” is a missing value (null), never zero', () => {
    const s = goodsState(table);
    const ores = s.flows[0]!.categories[1]!;
    expect(ores.values.map((v) => v.value)).toEqual([null, 4.2]);
    expect(s.flows.map((f) => f.categories.length)).toEqual([2, 1]);
  });

  test('the real table has five categories of exports and of imports, two missing for Kazakhstan', () => {
    const s = goodsState(realTable('kz-kg-goods-shares-2010'));
    expect(s.countries.map((c) => c.country)).toEqual(['KZ', 'KG']);
    expect(s.flows.map((f) => f.categories.length)).toEqual([5, 5]);
    expect(
      s.flows.flatMap((f) =>
        f.categories.flatMap((c) => c.values.filter((v) => v.value === null).map((v) => `${c.category}:${v.country}`)),
      ),
    ).toEqual(['矿物和金属:KZ', '矿物和金属:KZ']);
  });
});

describe('goodsLayout', () => {
  test('a missing value yields no bar but a “no figure” label', () => {
    for (const narrow of [false, true]) {
      const layout = goodsLayout(goodsState(table), text, narrow);
      const bars = marksWithClass(layout.marks, 'bar') as RectMark[];
      expect(bars).toHaveLength(5);
      expect(bars.some((b) => b.data?.['country'] === 'KZ' && b.data?.['value'] === undefined)).toBe(false);
      const missing = marksWithClass(layout.marks, 'missing-label');
      expect(missing).toHaveLength(1);
      expect(missing[0]!.kind === 'text' && missing[0]!.text).toBe('— no figure');
    }
  });

  test('bar lengths are proportional to the shares', () => {
    const bars = marksWithClass(goodsLayout(goodsState(table), text, false).marks, 'bar') as RectMark[];
    const w = (v: number) => bars.find((b) => b.data?.['value'] === v)!.width;
    expect(w(72.8) / w(15.3)).toBeCloseTo(72.8 / 15.3);
  });

  test('shortCategoryEn keeps the category of a translated row label', () => {
    expect(shortCategoryEn('Fuel exports as a share of merchandise exports')).toBe('Fuel');
    expect(shortCategoryEn('Ores and metals imports as a share of merchandise imports')).toBe('Ores and metals');
    expect(shortCategoryEn('Something else')).toBe('Something else');
  });
});
