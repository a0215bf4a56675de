import { describe, expect, test } from 'vitest';
import { marksWithClass, type RectMark } from '../shared/marks.ts';
import { realTable } from '../shared/test-tables.ts';
import { modesLayout, type ModesText } from './layout.ts';
import { modesState } from './state.ts';

const text: ModesText = {
  importsHead: 'In',
  exportsHead: 'Out',
  mode: (p, side) => ({ text: p[side].label }),
  tip: () => '',
  unit: '%',
};

describe('modesState', () => {
  test('pairs each import mode with the export mode printed beside it; each side adds up to 100', () => {
    const s = modesState(realTable('cooperation-modes-survey'));
    expect(s.pairs).toHaveLength(6);
    expect(s.pairs[0]!.imports.label).toBe('引进设备型');
    expect(s.pairs[0]!.exports.label).toBe('输出设备型');
    expect(s.totals).toEqual({ imports: 100, exports: 100 });
  });
});

describe('modesLayout', () => {
  for (const narrow of [false, true]) {
    test(`${narrow ? 'narrow' : 'wide'}: mirrored bars meet at the centre, lengths proportional to the shares`, () => {
      const layout = modesLayout(modesState(realTable('cooperation-modes-survey')), text, narrow);
      const bars = marksWithClass(layout.marks, 'bar') as RectMark[];
      expect(bars).toHaveLength(12);
      const left = bars.filter((b) => b.data?.['side'] === 'imports');
      const right = bars.filter((b) => b.data?.['side'] === 'exports');
      for (const b of left) expect(b.x + b.width).toBeLessThan(layout.width / 2);
      for (const b of right) expect(b.x).toBeGreaterThan(layout.width / 2);
      expect(left[3]!.width / right[3]!.width).toBeCloseTo(34 / 26);
    });
  }
});
