import { describe, expect, test } from 'vitest';
import { marksWithClass, type RectMark } from '../shared/marks.ts';
import { realTable } from '../shared/test-tables.ts';
import { surveyLayout, type SurveyText } from './layout.ts';
import { surveyState } from './state.ts';

const text: SurveyText = {
  side: (s) => ({ text: s.label }),
  answer: (a) => ({ text: a.label }),
  value: () => '',
  tip: () => '',
  unit: '%',
};

describe('surveyState', () => {
  test('reads each side’s count and share columns under its spanning header', () => {
    const s = surveyState(realTable('key-technology-sources-survey'));
    expect(s.sides.map((x) => [x.label, x.countCol, x.shareCol])).toEqual([
      ['中国新疆', 1, 2],
      ['中亚五国', 3, 4],
    ]);
    expect(s.answers[0]!.values.map((v) => [v.count.value, v.share.value])).toEqual([
      [96, 47],
      [14, 14],
    ]);
  });

  test('counts add up to each side’s number of answers and shares to 100', () => {
    for (const id of ['key-technology-sources-survey', 'market-position-survey']) {
      const s = surveyState(realTable(id));
      for (const side of s.sides) expect(side.shareTotal).toBe(100);
      expect(s.sides.map((x) => x.countTotal)).toEqual(id.startsWith('key') ? [204, 104] : [204, 100]);
    }
  });
});

describe('surveyLayout', () => {
  test('two bars per answer, lengths proportional to the shares; a printed 0 is a zero-length bar', () => {
    const s = surveyState(realTable('key-technology-sources-survey'));
    const bars = marksWithClass(surveyLayout(s, text, false).marks, 'bar') as RectMark[];
    expect(bars).toHaveLength(8);
    const w = (v: number) => bars.find((b) => b.data?.['value'] === v)!.width;
    expect(w(52) / w(14)).toBeCloseTo(52 / 14);
    expect(w(0)).toBe(0);
  });
});
