/**
 * Numbers in English text against the Chinese it translates. The English may state a source
 * number as printed or converted (`5亿` → `500 million`, `20 世纪 80 年代` → `1980s`, `七个` → `7`,
 * `五成` → `50%`, `1万亩` → `667 ha`), but never a number the Chinese does not state.
 */
import { shiftDecimal } from './decimal-shift.ts';

/** One number the Chinese states, with every form the English may give it in. */
export interface SourceNumber {
  printed: string;
  forms: string[];
  /** The month or day of a date (`11月23日`): English may name the month instead. */
  datepart: boolean;
  /** Written in Chinese numerals (`七`, `十五`, `百`), which also occur inside words (一带一路). */
  words: boolean;
}

const SCALES: Record<string, number> = { 千: 3, 万: 4, 千万: 7, 亿: 8 };
const CN_DIGIT: Record<string, number> = {
  零: 0,
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A value and the same value in thousands, millions and billions (`500000000` → 500000, 500, 0.5). */
function scaledForms(plain: string): string[] {
  return [plain, ...[3, 6, 9].map((k) => shiftDecimal(plain, -k)).filter((v) => !/\.\d{4,}/u.test(v) && v !== '0')];
}

/** Reads a Chinese numeral (`十五` → 15, `两` → 2, `百` → 100); null if it is none. */
function chineseNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CN_DIGIT) {
      digit = CN_DIGIT[c]!;
    } else if (c in CN_UNIT) {
      total += (digit ?? 1) * CN_UNIT[c]!;
      digit = null;
    } else if (c === '万') {
      total = (total + (digit ?? 0) || 1) * 10_000;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

export interface NumberOptions {
  /**
   * Accept 万/亿 quantities restated in thousands, millions or billions. Off for translations,
   * which write such quantities as `{{…}}` tokens for the one converter; on for record text.
   */
  scaled: boolean;
}

/** Every number a Chinese text states, with the forms English may use for it. */
export function sourceNumbers(zh: string, options: NumberOptions = { scaled: true }): SourceNumber[] {
  const out: SourceNumber[] = [];
  let century: SourceNumber | null = null;
  for (const m of zh.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(世纪)?\s*(年代)?\s*(多|余)?\s*(千万|千|万|亿)?\s*(亩)?/gu)) {
    const printed = m[1]!.replace(/,/gu, '');
    const [, , centuryWord, decade, , scale, mu] = m;
    const forms = new Set([printed, String(Number(printed))]);
    if (decade && century !== null && !centuryWord) {
      // 20 世纪 80 年代 is the 1980s: the century is stated by the decade's year too.
      const year = String((Number(century.printed) - 1) * 100 + Number(printed));
      forms.add(year);
      century.forms.push(year);
    }
    // In a range the scale is printed once, after the second number (30～50万元).
    const rangeScale = /^\s*[～~\-—至到]\s*\d[\d,]*(?:\.\d+)?\s*(?:多|余)?\s*(千万|千|万|亿)/u.exec(
      zh.slice(m.index + m[0].length),
    )?.[1];
    const k = scale ?? rangeScale;
    const value = k ? shiftDecimal(printed, SCALES[k]!) : printed;
    if (options.scaled) for (const f of scaledForms(value)) forms.add(f);
    if (mu && options.scaled) {
      const ha = Number(value) / 15;
      for (const digits of [2, 3]) forms.add(String(Number(ha.toPrecision(digits))));
    }
    const after = zh.slice(m.index + m[0].length, m.index + m[0].length + 1);
    const entry: SourceNumber = { printed, forms: [...forms], datepart: /^[月日]/u.test(after), words: false };
    if (centuryWord) century = entry;
    out.push(entry);
  }
  // A run of numerals may join two numbers (十三五 is the 13th Five-Year Plan): its shorter readings count too.
  for (const m of zh.matchAll(
    /([零一两二三四五六七八九十百千万]+?)(?=千瓦)|([零一两二三四五六七八九十百千万]+)(成)?/gu,
  )) {
    const run = m[1] ?? m[2]!;
    const readings = [run, run.slice(0, -1), ...run]
      .map(chineseNumeral)
      .filter((n): n is number => n !== null && n > 0);
    const forms = new Set(readings.map(String));
    if (m[3]) for (const n of readings) forms.add(String(n * 10));
    // 千万千瓦 (10^7 kW) is stated in English as 10,000 MW or 10 GW.
    if (m[1]) for (const n of readings) for (const f of scaledForms(String(n))) forms.add(f);
    if (forms.size) out.push({ printed: m[0], forms: [...forms], datepart: false, words: true });
  }
  // A unit printed as a bare 亿 (a caption's `（亿美元）`) states its scale: English says `USD 100 million`.
  for (const m of zh.matchAll(/(?<![\d零一两二三四五六七八九十百千万]\s*)亿/gu)) {
    out.push({ printed: m[0], forms: ['100000000', '100'], datepart: false, words: true });
  }
  return out;
}

/** The numbers an English text states, commas removed (`1,000` → 1000, `1980s` → 1980, `15th` → 15). */
export const englishNumbers = (en: string): string[] =>
  (en.match(/\d[\d,]*(?:\.\d+)?/gu) ?? []).map((n) => n.replace(/,(?=\d{3})/gu, '').replace(/[,.]$/u, ''));

/** English numbers that correspond to no number of the Chinese sources (each given with its printed form). */
export function unmatchedNumbers(
  en: string,
  sources: readonly string[],
  options: NumberOptions = { scaled: true },
): string[] {
  const allowed = new Set(sources.flatMap((s) => sourceNumbers(s, options).flatMap((n) => n.forms)));
  return [...new Set(englishNumbers(en))].filter((n) => !allowed.has(n) && !allowed.has(String(Number(n))));
}
