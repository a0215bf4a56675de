import type { Locale } from '../i18n/index.ts';

/** English month names, one list for dates in records and in citations. */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as precise as the source gives it. */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  toYear: number | null;
  /** “N 年以来”: from `year` on, with no end. */
  openEnded?: boolean;
}

/**
 * Formats a partial date per locale: `2018年11月23日` / `23 November 2018`, `2006—2012年` /
 * `2006–2012`, and an open period `2010年以来` / `since 2010`.
 */
export function formatPartialDate(d: PartialDate, locale: Locale): string {
  if (d.openEnded) return locale === 'zh' ? `${d.year}年以来` : `since ${d.year}`;
  if (d.toYear !== null) return locale === 'zh' ? `${d.year}—${d.toYear}年` : `${d.year}–${d.toYear}`;
  if (locale === 'zh') return `${d.year}年${d.month ? `${d.month}月` : ''}${d.month && d.day ? `${d.day}日` : ''}`;
  if (!d.month) return String(d.year);
  return `${d.day ? `${d.day} ` : ''}${MONTHS_EN[d.month - 1]} ${d.year}`;
}

/** Machine-readable form for `<time datetime>`: `2018`, `2018-06`, `2018-11-23`. */
export function isoPartialDate(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}${d.month ? `-${pad(d.month)}` : ''}${d.month && d.day ? `-${pad(d.day)}` : ''}`;
}

/**
 * The date to print before a title (`2018 Xinjiang forum…`), or null when the title already opens
 * with the year (“2018 call for proposals…”), so that a label never reads “2018 2018 …”.
 */
export function dateBeforeTitle(d: PartialDate, title: string, locale: Locale): string | null {
  return new RegExp(`^${d.year}(?!\\d)`, 'u').test(title.trim()) ? null : formatPartialDate(d, locale);
}
