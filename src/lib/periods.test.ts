import { describe, expect, test } from 'vitest';
import { periodLabel, periodOf, periodProblems } from './periods.ts';

const periods = [
  { id: 'a', from: 1990, to: 1999 },
  { id: 'b', from: 2000, to: 2009 },
];

describe('periods', () => {
  test('periodProblems accepts consecutive periods that hold every year', () => {
    expect(periodProblems(periods, [1990, 2005])).toEqual([]);
  });
  test('periodProblems names overlaps, duplicate ids and years outside every period', () => {
    const bad = [...periods, { id: 'a', from: 2005, to: 2012 }];
    const problems = periodProblems(bad, [2020]);
    expect(problems.some((p) => p.includes('overlaps'))).toBe(true);
    expect(problems.some((p) => p.includes('used twice'))).toBe(true);
    expect(problems).toContain('no period holds the year 2020');
  });
  test('periodOf finds the one period of a year; periodLabel shows its range', () => {
    expect(periodOf(periods, 2000)?.id).toBe('b');
    expect(periodOf(periods, 1980)).toBeUndefined();
    expect(periodLabel(periods[0]!)).toBe('1990–1999');
  });
});
