import { describe, expect, test } from 'vitest';
import { dateBeforeTitle, formatPartialDate, isoPartialDate } from './format-date.ts';

const date = (year: number, month: number | null = null, day: number | null = null, toYear: number | null = null) => ({
  year,
  month,
  day,
  toYear,
});

describe('formatPartialDate', () => {
  test('as precise as the source, in Chinese', () => {
    expect(formatPartialDate(date(1988), 'zh')).toBe('1988年');
    expect(formatPartialDate(date(2018, 6), 'zh')).toBe('2018年6月');
    expect(formatPartialDate(date(2018, 11, 23), 'zh')).toBe('2018年11月23日');
    expect(formatPartialDate(date(2006, null, null, 2012), 'zh')).toBe('2006—2012年');
  });
  test('as precise as the source, in English', () => {
    expect(formatPartialDate(date(1988), 'en')).toBe('1988');
    expect(formatPartialDate(date(2018, 6), 'en')).toBe('June 2018');
    expect(formatPartialDate(date(2018, 11, 23), 'en')).toBe('23 November 2018');
    expect(formatPartialDate(date(2006, null, null, 2012), 'en')).toBe('2006–2012');
  });
  test('an open period “since N” keeps its openness in both languages', () => {
    expect(formatPartialDate({ ...date(2010), openEnded: true }, 'zh')).toBe('2010年以来');
    expect(formatPartialDate({ ...date(2010), openEnded: true }, 'en')).toBe('since 2010');
  });
  test('datetime attribute values', () => {
    expect(isoPartialDate(date(2018, 7, 11))).toBe('2018-07-11');
    expect(isoPartialDate(date(2005, 7))).toBe('2005-07');
  });
  test('a title that opens with its year gets no date before it; others do', () => {
    expect(dateBeforeTitle(date(2018), '2018 call for proposals', 'en')).toBeNull();
    expect(dateBeforeTitle(date(2018, 6), '2018年度申报指南', 'zh')).toBeNull();
    expect(dateBeforeTitle(date(2018, 6), 'Forum held', 'en')).toBe('June 2018');
    expect(dateBeforeTitle(date(2017), '20170 things', 'en')).toBe('2017');
  });
});
