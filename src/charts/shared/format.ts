import type { Locale } from '../../i18n/index.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** A number per locale with up to `digits` decimals: `1,234.5` (en) / `1,234.5` (zh). */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits })),
    );
  return f.format(value);
}

// One sum helper for printed numbers, shared with the table sum checks of the pipeline.
export { decimalsOf, exactSum, printSum } from '../../lib/printed-sum.ts';

/** A year with its month when known: `2013.9` for axes and marks. */
export const decimalYear = (d: { year: number; month: number | null; day: number | null }): number =>
  d.year + ((d.month ?? 1) - 1) / 12 + ((d.day ?? 1) - 1) / 365;
