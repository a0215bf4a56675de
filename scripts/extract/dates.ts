/** A date as printed in a sentence, read into the shape of `eventDateSchema`. */
export interface DateMention {
  /** The expression as printed: `2018年6月`, `2006—2012年`, `2010年以来`. */
  printed: string;
  /** Where it starts in the text, in code units. */
  index: number;
  year: number;
  month: number | null;
  day: number | null;
  toYear: number | null;
  openEnded: boolean;
}

const YEAR = '((?:19|20)\\d{2})';
// A period (2006—2012年, 2006年至2012年), a year with month and day, or an open period (2010年以来).
const PERIOD_END = `[-－—–～~至到]\\s*${YEAR}\\s*年`;
// 年代 is a decade (1990 年代), not a year.
const MONTH_DAY = `年(?!代)(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?(\\s*以来)?`;
const DATE = new RegExp(`(?<![\\d.〔﹝\\[])${YEAR}\\s*(?:年\\s*)?(?:${PERIOD_END}|${MONTH_DAY})`, 'gu');

/**
 * Every explicit date in a text, in order: a year needs its 年 (so 〔2018〕 of a document number and
 * a bare 2018 in a count are not dates); a month or day is read only after its year; `N年以来` is an
 * open period (since N). An impossible month or day is not read (the year still is).
 */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const [printed, year, toYear, month, day, since] = m;
    const mo = month ? Number(month) : null;
    const d = day ? Number(day) : null;
    if (toYear && Number(toYear) < Number(year)) continue;
    // An impossible month or day is a misprint or not a date part: the year alone is read.
    const valid = (mo === null || (mo >= 1 && mo <= 12)) && (d === null || (d >= 1 && d <= 31));
    out.push({
      printed: valid ? printed.trim() : `${year}年`,
      index: m.index,
      year: Number(year),
      month: valid ? mo : null,
      day: valid ? d : null,
      toYear: toYear ? Number(toYear) : null,
      openEnded: since !== undefined,
    });
  }
  return out;
}
