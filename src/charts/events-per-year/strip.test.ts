import { describe, expect, test } from 'vitest';
import { stripLayout } from './layout.ts';
import { eventsPerYear } from './state.ts';

describe('events per year', () => {
  test('eventsPerYear counts each year a span covers and keeps empty years', () => {
    expect(
      eventsPerYear([
        [2001, 2001],
        [2003, 2004],
        [2004, 2004],
      ]),
    ).toEqual([
      { year: 2001, count: 1 },
      { year: 2002, count: 0 },
      { year: 2003, count: 1 },
      { year: 2004, count: 2 },
    ]);
    expect(eventsPerYear([])).toEqual([]);
  });

  test('stripLayout puts bars in order inside the width, tallest bar for the largest count', () => {
    const counts = eventsPerYear([
      [1990, 1990],
      [2000, 2018],
      [2018, 2018],
    ]);
    const layout = stripLayout(counts, 360, 80);
    const xs = layout.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const b of layout.bars) expect(b.x + b.width).toBeLessThanOrEqual(360);
    const tallest = layout.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(tallest.year).toBe(2018);
    expect(layout.bars[0]!.labelled && layout.bars.at(-1)!.labelled).toBe(true);
  });

  test('year labels never crowd: labelled bars are at least a label width apart', () => {
    const layout = stripLayout(eventsPerYear([[1950, 2020]]), 360, 80);
    const labelled = layout.bars.filter((b) => b.labelled).map((b) => b.x);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]! - labelled[i - 1]!).toBeGreaterThanOrEqual(28);
  });
});
