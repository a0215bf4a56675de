import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Programme } from '../../schemas/programmes.ts';
import { marksWithClass, type RectMark } from '../shared/marks.ts';
import { fundingLayout, type FundingText } from './layout.ts';
import { fundingState } from './state.ts';

const programme = JSON.parse(
  readFileSync(new URL('../../../content/programmes/sco-partnership-call-2018.json', import.meta.url), 'utf8'),
) as Programme;

const text: FundingText = {
  panel: { perProject: 'Per project', envelope: 'All places' },
  category: (r) => r.kind,
  range: (a, b) => `${a}–${b}`,
  quota: (r) => `≤ ${r.maxProjects}`,
  tick: String,
  unit: 'CNY',
  tip: () => '',
};

describe('fundingState', () => {
  test('reads ranges in yuan (万 × 10,000) and multiplies them by the quota for the ceiling', () => {
    const s = fundingState(programme);
    expect(s.rows.map((r) => [r.kind, r.min, r.max, r.maxProjects, r.envelopeMin, r.envelopeMax])).toEqual([
      ['key', 1_000_000, 2_000_000, 7, 7_000_000, 14_000_000],
      ['general', 300_000, 500_000, 20, 6_000_000, 10_000_000],
    ]);
  });
});

describe('fundingLayout', () => {
  test('each panel draws one range bar per category, from its minimum to its maximum', () => {
    const bars = marksWithClass(fundingLayout(fundingState(programme), text, false).marks, 'range-bar') as RectMark[];
    expect(bars).toHaveLength(4);
    const [key, general] = bars;
    expect(key!.width / general!.width).toBeCloseTo((2_000_000 - 1_000_000) / (500_000 - 300_000));
  });
});
