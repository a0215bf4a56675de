import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { phaseSchema, type Country } from '../../schemas/records.ts';
import { marksWithClass } from '../shared/marks.ts';
import { countryOf } from '../shared/table-cells.ts';
import { realTable } from '../shared/test-tables.ts';
import { timelineLayout, type TimelineText } from './layout.ts';
import { phaseSpan, timelineState, type TimelineEventInput } from './state.ts';

const ev = (
  id: string,
  kind: string,
  phase: TimelineEventInput['phase'],
  year: number,
  month: number | null,
  countries: Country[],
): TimelineEventInput => ({
  id,
  kind,
  phase,
  countries,
  date: { year, month, day: null, toYear: null },
});

const events = [
  ev('start', 'cooperation-start', '1988-1999', 1988, null, ['KZ', 'KG']),
  ev('kz-sp', 'strategic-partnership', '2000-2010', 2005, 7, ['KZ']),
  ev('kz-csp', 'comprehensive-strategic-partnership', 'since-2010', 2011, 6, ['KZ']),
  ev('kg-sp', 'strategic-partnership', 'since-2010', 2013, 9, ['KG']),
  ev('kz-project', 'project', 'since-2010', 2015, null, ['KZ']),
  ev('xj-policy', 'policy', '2017-2018', 2018, null, ['CN']),
];

const text: TimelineText = {
  country: (c) => ({ text: c }),
  phase: (p) => p.phase,
  nested: (p) => `${p.phase}: ${p.count}`,
  date: (m) => String(m.date.year),
  keyLane: 'Key',
  keyEvent: (e) => e.id,
  tipPartnership: () => '',
  tipOther: () => '',
  legend: { strategic: 's', comprehensive: 'c', other: 'o', key: 'k' },
};

describe('timelineState', () => {
  test('phaseSpan reads year ranges and open phases', () => {
    expect(phaseSpan('1988-1999', 2019)).toEqual([1988, 2000]);
    expect(phaseSpan('since-2010', 2019)).toEqual([2010, 2019]);
  });

  test('2017–2018 lies inside “since 2010” and is drawn nested; the others are bands', () => {
    const s = timelineState(events, phaseSchema.options);
    expect(s.domain).toEqual([1988, 2019]);
    expect(s.phases.map((p) => [p.phase, p.nested, p.count])).toEqual([
      ['1988-1999', false, 1],
      ['2000-2010', false, 1],
      ['since-2010', false, 3],
      ['2017-2018', true, 1],
    ]);
  });

  test('one lane per partner country, ordered by its first partnership, with the month placed within the year', () => {
    const s = timelineState(events, phaseSchema.options);
    expect(s.lanes.map((l) => l.country)).toEqual(['KZ', 'KG']);
    expect(s.lanes[0]!.partnerships.map((m) => [m.kind, m.at])).toEqual([
      ['strategic-partnership', 2005.5],
      ['comprehensive-strategic-partnership', 2011 + 5 / 12],
    ]);
    expect(s.lanes[0]!.others.map((o) => o.id)).toEqual(['start', 'kz-project']);
    expect(s.keyEvents.map((e) => [e.number, e.id])).toEqual([[1, 'start']]);
  });

  test('the curated partnership events agree with the table of strategic partnerships', () => {
    const dir = new URL('../../../content/curated/events/', import.meta.url);
    const curated = readdirSync(dir).map(
      (f) =>
        ({
          id: f.replace(/\.mdx$/u, ''),
          ...parse(readFileSync(new URL(f, dir), 'utf8').split(/^---$/mu)[1]!),
        }) as TimelineEventInput,
    );
    const s = timelineState(curated, phaseSchema.options);
    const table = realTable('strategic-partnerships');
    const printed = (p: { date: TimelineEventInput['date'] } | undefined) =>
      p ? `${p.date.year} 年 ${p.date.month} 月` : '/';
    for (const row of table.rows.slice(1)) {
      const lane = s.lanes.find((l) => l.country === countryOf(row[0]!.printed))!;
      expect([row[1]!.printed, row[2]!.printed]).toEqual([
        printed(lane.partnerships.find((m) => m.kind === 'strategic-partnership')),
        printed(lane.partnerships.find((m) => m.kind === 'comprehensive-strategic-partnership')),
      ]);
    }
    expect(s.lanes).toHaveLength(table.rows.length - 1);
  });
});

describe('timelineLayout', () => {
  test('one mark per partnership, inside the chart, later dates further right', () => {
    for (const narrow of [false, true]) {
      const layout = timelineLayout(timelineState(events, phaseSchema.options), text, narrow);
      const marks = marksWithClass(layout.marks, 'partnership');
      expect(marks).toHaveLength(3);
      const xs = marks.map((m) =>
        m.kind === 'circle' ? m.cx : Number(/^M([\d.]+)/u.exec((m as { d: string }).d)![1]),
      );
      expect(xs[1]).toBeGreaterThan(xs[0]!);
      for (const x of xs) expect(x).toBeLessThanOrEqual(layout.width);
      expect(marksWithClass(layout.marks, 'phase-band').length).toBeGreaterThan(0);
      expect(marksWithClass(layout.marks, 'nested-band')).toHaveLength(1);
    }
  });
});
