import { describe, expect, test } from 'vitest';
import { marksWithClass, type RectMark } from '../shared/marks.ts';
import { makeTable, realTable } from '../shared/test-tables.ts';
import { tradeLayout, type TradeText } from './layout.ts';
import { tradeState } from './state.ts';

const synthetic = makeTable(
  [
    ['', '贸易总额', '中国进口', '~', '中国出口', '~'],
    ['', '', '主要商品', '金额', '主要商品', '金额'],
    ['哈萨克斯坦', '30', '矿产品', '10', '机电产品', '20'],
    ['吉尔吉斯斯坦', '5', '棉花', '0.62', '食品', '4'],
  ],
  2,
);

const text: TradeText = {
  country: (c) => ({ text: c }),
  imports: 'Imports',
  exports: 'Exports',
  total: 'Total',
  mismatch: (r) => `≠ ${r.sum.printed}`,
  mismatchKey: 'Printed total ≠ sum',
  unit: 'USD 100 million',
  tip: (r, side) => `${r.country} ${side}`,
};

describe('tradeState', () => {
  test('finds the columns by their headers and reads one row per country', () => {
    const s = tradeState(synthetic);
    expect(s.columns).toEqual({ total: 1, importGoods: 2, imports: 3, exportGoods: 4, exports: 5 });
    expect(s.rows.map((r) => [r.country, r.imports.value, r.exports.value, r.total.value])).toEqual([
      ['KZ', 10, 20, 30],
      ['KG', 0.62, 4, 5],
    ]);
  });

  test('imports + exports is computed exactly and a different printed total is flagged', () => {
    const [kz, kg] = tradeState(synthetic).rows;
    expect(kz!.mismatch).toBe(false);
    expect(kg!.sum.printed).toBe('4.62');
    expect(kg!.mismatch).toBe(true);
  });

  test('on the real table the flagged rows are exactly the rows of its sum checks (KG, TJ, TM)', () => {
    const table = realTable('trade-structure-2013');
    const s = tradeState(table);
    expect(s.rows.filter((r) => r.mismatch).map((r) => r.country)).toEqual(['KG', 'TJ', 'TM']);
    expect(s.rows.filter((r) => r.mismatch).map((r) => r.row)).toEqual(
      table.sumChecks.filter((c) => c.kind === 'row-sum').map((c) => c.index),
    );
    for (const c of table.sumChecks) expect(s.rows.find((r) => r.row === c.index)!.sum.value).toBe(c.actual);
  });
});

describe('tradeLayout', () => {
  for (const narrow of [false, true]) {
    test(`${narrow ? 'narrow' : 'wide'}: imports grow left of the centre line, exports right, as the values`, () => {
      const layout = tradeLayout(tradeState(synthetic), text, narrow);
      const bars = marksWithClass(layout.marks, 'bar') as RectMark[];
      expect(bars).toHaveLength(4);
      const [imp, exp] = [
        bars.filter((b) => b.data?.['side'] === 'imports'),
        bars.filter((b) => b.data?.['side'] === 'exports'),
      ];
      const centre = exp[0]!.x;
      for (const b of imp) expect(b.x + b.width).toBeCloseTo(centre);
      for (const b of exp) expect(b.x).toBe(centre);
      expect(exp[0]!.width / imp[0]!.width).toBeCloseTo(20 / 10);
      expect(marksWithClass(layout.marks, 'mismatch-flag')).toHaveLength(1);
      for (const b of bars) expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
    });
  }
});
