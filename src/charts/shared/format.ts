import type { Locale } from '../../i18n/index.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** A number per locale with up to `digits` decimals: `1,234.5` (en) / `1,234.5` (zh). */
export function formatNumber(value: number, locale: Locale, digits = 2): string {
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits })));
  return f.format(value);
}

/** Number of decimals a printed number shows (`5.30` → 2). */
export const decimalsOf = (printed: string): number => printed.split('.')[1]?.length ?? 0;

/** The sum of printed decimals without floating-point noise: 0.62 + 50 → 50.62. */
export function exactSum(values: readonly { value: number; printed: string }[]): number {
  const digits = Math.max(0, ...values.map((v) => decimalsOf(v.printed)));
  const f = 10 ** digits;
  return values.reduce((s, v) => s + Math.round(v.value * f), 0) / f;
}

/** The printed form of a computed sum, with as many decimals as its parts: `50.62`, `102`. */
export function printSum(values: readonly { value: number; printed: string }[]): string {
  const digits = Math.max(0, ...values.map((v) => decimalsOf(v.printed)));
  return exactSum(values).toFixed(digits).replace(/\.0+$/u, '');
}

/** A year with its month when known: `2013.9` for axes and marks. */
export const decimalYear = (d: { year: number; month: number | null; day: number | null }): number => d.year + ((d.month ?? 1) - 1) / 12 + ((d.day ?? 1) - 1) / 365;
