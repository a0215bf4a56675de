import { describe, expect, test } from 'vitest';
import { marksWithClass, type LineMark, type RectMark } from '../shared/marks.ts';
import { makeTable, realTable } from '../shared/test-tables.ts';
import { levelLayout, type LevelText } from './layout.ts';
import { levelState } from './state.ts';

const synthetic = makeTable(
  [
    ['技术水平', '问卷甲', '~'],
    ['', 'A', 'B'],
    ['国际领先', '10', '20'],
    ['国内领先', '30', '0'],
    ['国内落后', '60', '82'],
  ],
  2,
);

const text: LevelText = {
  level: (i) => ({ text: `L${i}` }),
  questionnaire: (g) => ({ text: g.questionnaire }),
  respondent: (g) => ({ text: g.respondent }),
  flag: (g) => `Σ ${g.totalPrinted}`,
  hundred: '100%',
  tip: () => '',
};

describe('levelState', () => {
  test('stacked offsets run from 0 and each bar ends at its column total', () => {
    for (const table of [synthetic, realTable('technology-level-survey')]) {
      for (const g of levelState(table).groups) {
        expect(g.segments[0]!.start).toBe(0);
        g.segments.slice(1).forEach((s, i) => expect(s.start).toBeCloseTo(g.segments[i]!.end));
        expect(g.segments.at(-1)!.end).toBeCloseTo(g.total);
      }
    }
  });

  test('a column that does not add up to 100 is flagged; the others are not', () => {
    const s = levelState(synthetic);
    expect(s.groups.map((g) => [g.respondent, g.total, g.flagged])).toEqual([
      ['A', 100, false],
      ['B', 102, true],
    ]);
    expect(s.max).toBe(102);
  });

  test('in the real survey the flagged column is the one its sum check names (102)', () => {
    const table = realTable('technology-level-survey');
    const s = levelState(table);
    expect(s.groups.filter((g) => g.flagged).map((g) => [g.col, g.totalPrinted])).toEqual([[4, '102']]);
    expect(table.sumChecks.map((c) => c.index)).toEqual([4]);
    expect(s.groups.map((g) => g.questionnaire)).toEqual([
      '面向新疆问卷',
      '面向新疆问卷',
      '面向中亚五国问卷',
      '面向中亚五国问卷',
    ]);
  });
});

describe('levelLayout', () => {
  test('a zero share draws no segment, and the flagged bar runs past the 100 line', () => {
    const layout = levelLayout(levelState(synthetic), text, false);
    const segments = marksWithClass(layout.marks, 'segment') as RectMark[];
    expect(segments).toHaveLength(5);
    const hundred = (marksWithClass(layout.marks, 'hundred-line')[0] as LineMark).x1;
    const ends = [0, 1].map((g) =>
      Math.max(...segments.filter((_, i) => (g === 0 ? i < 3 : i >= 3)).map((s) => s.x + s.width)),
    );
    expect(ends[0]).toBeCloseTo(hundred);
    expect(ends[1]).toBeGreaterThan(hundred);
    expect(marksWithClass(layout.marks, 'sum-flag')).toHaveLength(1);
  });
});
