/**
 * Chinese quantities in English: `285亿美元` → `USD 28.5 billion`, `4375万元` → `CNY 43.75 million`,
 * `1万亩` → `10,000 mu (≈ 667 ha)`. The one place where 万/亿/千 scales and Chinese units become
 * English; translations hold the Chinese text in `{{…}}` tokens and never a converted number.
 */
import { shiftDecimal } from './decimal-shift.ts';

const SCALES: Record<string, number> = { 千: 3, 万: 4, 千万: 7, 亿: 8 };
const PREFIXES: Record<string, string> = {
  近: 'nearly',
  约: 'about',
  逾: 'over',
  超过: 'over',
  不少于: 'at least',
  不低于: 'at least',
  突破: 'over',
};
const SUFFIXES: Record<string, string> = {
  多: 'more than',
  余: 'more than',
  以上: 'or more',
  以下: 'or less',
  左右: 'about',
};
/** Units whose English form is a word after the number. */
const COUNT_UNITS: Record<string, string> = { 罐: 'cans', 吨: 'tonnes', 人: 'people', 人次: 'attendances' };

const TOKEN = new RegExp(
  '^(近|约|逾|超过|不少于|不低于|突破)?\\s*(\\d+(?:\\.\\d+)?)(?:\\s*[～~\\-—至]\\s*(\\d+(?:\\.\\d+)?))?\\s*(多|余)?\\s*(千万|千|万|亿)?\\s*' +
    '(美元|元人民币|元|亩|平方米|平米|平方公里|罐|吨|人次|人)(以上|以下|左右)?$',
  'u',
);

const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');

/** A plain number in words of scale: 43750000 → `43.75 million`, 500000 → `500,000`. */
function inWords(plain: string, forceMillions = false): string {
  const [int] = plain.split('.');
  const digits = int!.length;
  const at = (k: number, word: string) =>
    `${shiftDecimal(plain, -k).replace(/^(\d+)(?=\.|$)/u, (m) => group(m))} ${word}`;
  if (digits > 9) return at(9, 'billion');
  if (digits > 6 || (forceMillions && digits > 5)) return at(6, 'million');
  return plain.includes('.') ? `${group(int!)}.${plain.split('.')[1]}` : group(int!);
}

/** Rounds to three significant figures for the approximate hectares beside an area in mu. */
function hectares(mu: string): string {
  const ha = Number(mu) / 15;
  const rounded = Number(ha.toPrecision(3));
  return rounded >= 1000 ? group(String(Math.round(rounded))) : String(rounded);
}

export interface EnglishQuantity {
  /** The English text, e.g. `CNY 43.75 million`. */
  text: string;
  /** True for money and areas, where the site shows the original beside the English. */
  showOriginal: boolean;
}

/** Converts one Chinese quantity; throws on anything it cannot read, naming the input. */
export function quantityToEnglish(zh: string): EnglishQuantity {
  const m = TOKEN.exec(zh.trim());
  if (!m) throw new Error(`cannot read the quantity “${zh}”`);
  const [, prefix, low, high, approx, scale, unit, suffix] = m;
  const k = scale ? SCALES[scale]! : 0;
  const values = [low!, ...(high ? [high] : [])].map((v) => shiftDecimal(v, k));
  const useMillions = values.some((v) => v.split('.')[0]!.length > 6);
  const numbers = values.map((v) => inWords(v, useMillions));
  // In a range the scale word is said once: `CNY 1–2 million`.
  const word = (s: string) => /\s(million|billion)$/u.exec(s)?.[1];
  const range =
    numbers.length === 2 && word(numbers[0]!) && word(numbers[0]!) === word(numbers[1]!)
      ? `${numbers[0]!.replace(/\s\w+$/u, '')}–${numbers[1]}`
      : numbers.join('–');
  let text: string;
  if (unit === '美元') text = `USD ${range}`;
  else if (unit === '元' || unit === '元人民币') text = `CNY ${range}`;
  else if (unit === '亩') text = `${range} mu (≈ ${values.map(hectares).join('–')} ha)`;
  else if (unit === '平方米' || unit === '平米') text = `${range} m²`;
  else if (unit === '平方公里') text = `${range} km²`;
  else text = `${range} ${COUNT_UNITS[unit!]}`;
  const before = [prefix ? PREFIXES[prefix] : null, approx ? SUFFIXES[approx] : null].filter(Boolean).join(' ');
  const after = suffix ? (suffix === '左右' ? null : SUFFIXES[suffix]) : null;
  const lead = suffix === '左右' ? 'about' : '';
  text = [lead, before, text, after].filter(Boolean).join(' ');
  return { text, showOriginal: unit !== '罐' && !COUNT_UNITS[unit!] };
}

/** Splits English text with `{{…}}` tokens into plain runs and quantities. */
export function splitTokens(en: string): ({ kind: 'text'; text: string } | { kind: 'quantity'; zh: string })[] {
  const parts: ({ kind: 'text'; text: string } | { kind: 'quantity'; zh: string })[] = [];
  let last = 0;
  for (const m of en.matchAll(/\{\{([^{}]+)\}\}/gu)) {
    if (m.index > last) parts.push({ kind: 'text', text: en.slice(last, m.index) });
    parts.push({ kind: 'quantity', zh: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < en.length) parts.push({ kind: 'text', text: en.slice(last) });
  return parts;
}

/** English text with every token converted (for plain-text uses: titles, search, CSV). */
export const renderTokens = (en: string): string =>
  splitTokens(en)
    .map((p) => (p.kind === 'text' ? p.text : quantityToEnglish(p.zh).text))
    .join('');

const WORD_QUALIFIERS: readonly [RegExp, string][] = [
  [/^近\s*/u, 'nearly '],
  [/^约\s*/u, 'about '],
  [/^不足\s*/u, 'under '],
  [/^不超过\s*/u, 'at most '],
  [/^不低于\s*/u, 'at least '],
];
/** Measure words that become an English unit; any other Chinese measure word is dropped. */
const MEASURE_UNITS: Record<string, string> = { 年: 'years', 天: 'days', 分钟: 'minutes', 公里: 'km', 千伏: 'kV' };
/** Chinese numerals a count may be printed in (`七项`, `两家`, `近百家`, `近千余辆`). */
const CN_COUNTS: Record<string, string> = {
  一: '1',
  两: '2',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
  百: '100',
  千: '1000',
};
/** Whole figures printed as words, with their conventional English. */
const WHOLE_FIGURES: Record<string, string> = { 翻番: 'doubled', 千万千瓦级: '10-GW class' };

/** A number or range, its unit, 余/多, a measure word and a tail (`3～5年以上`, `20%左右`). */
const AMOUNT = new RegExp(
  String.raw`^(\d+(?:\.\d+)?)(?:\s*[-～~—]\s*(\d+(?:\.\d+)?))?\s*(%|TB|Nm³\/h)?` +
    String.raw`\s*(余|多)?\s*([\p{Script=Han}（）()]*?)\s*(以上|以内|左右)?$`,
  'u',
);

/**
 * A printed figure in English for display: money and areas through `quantityToEnglish`; other
 * counts keep their digits (grouped by thousands) and lose the Chinese measure word (`242项` →
 * `242`, `30余人` → `30+`, `七项` → `7`, `近 30 年` → `nearly 30 years`, `近五成` → `nearly 50%`,
 * `不低于1:2` → `at least 1:2`); anything else is returned unchanged (`null`).
 */
export function printedToEnglish(printed: string): string | null {
  try {
    return quantityToEnglish(printed).text;
  } catch {
    // not money or an area
  }
  // Units printed with stray spaces (`5000Nm ³ /h`) are read without them.
  let rest = printed.trim().replace(/(?<=[A-Za-z³²/])\s+(?=[A-Za-z³²/])/gu, '');
  const whole = WHOLE_FIGURES[rest];
  if (whole) return whole;
  let lead = '';
  // 各1处 is one each; 近千余 is nearly a thousand (the 余 repeats the 近).
  const each = /^各\s*/u.test(rest) ? ' each' : '';
  rest = rest.replace(/^各\s*/u, '').replace(/^近([百千])余/u, '近$1');
  for (const [re, word] of WORD_QUALIFIERS) {
    if (!re.test(rest)) continue;
    lead = word;
    rest = rest.replace(re, '');
  }
  // 五成 is five tenths; a leading Chinese numeral is a count.
  const tenths = /^([一二三四五六七八九])成$/u.exec(rest);
  if (tenths) return `${lead}${Number(CN_COUNTS[tenths[1]!]) * 10}%`;
  rest = rest.replace(/^[一两二三四五六七八九十百千](?=[余多]?[\p{Script=Han}（(])/u, (c) => CN_COUNTS[c]!);
  const ratio = /^(\d+)\s*[:：]\s*(\d+)$/u.exec(rest) ?? /^(\d+)\/(\d+)$/u.exec(rest);
  if (ratio) return `${lead}${ratio[1]}${rest.includes('/') ? '/' : ':'}${ratio[2]}`;
  const m = AMOUNT.exec(rest);
  if (!m) return null;
  const [, number, upTo, unit, more, word, tail] = m;
  const digits = (n: string) => (/^\d{4,}$/u.test(n) ? group(n) : n);
  const measure = Object.entries(MEASURE_UNITS).find(([zh]) => word === zh || word!.startsWith(`${zh}（`))?.[1];
  const suffix = tail === '以上' ? ' or more' : tail === '以内' ? ' at most' : tail === '左右' ? ' (about)' : '';
  const range = upTo ? `${digits(number!)}–${digits(upTo)}` : digits(number!);
  const space = unit === 'Nm³/h' ? ' ' : '';
  return `${lead}${range}${space}${unit ?? ''}${more ? '+' : ''}${measure ? ` ${measure}` : ''}${suffix}${each}`;
}

/** Base units a scaled table unit may end in, with the code a spreadsheet column names. */
const BASE_UNITS: Record<string, { zh: string; en: string }> = {
  美元: { zh: '美元', en: 'USD' },
  元: { zh: '元', en: 'CNY' },
  元人民币: { zh: '元', en: 'CNY' },
};

export interface ScaledValue {
  /** The value in the base unit, digits exact (`285` 亿美元 → `28500000000`). */
  plain: string;
  /** The base unit: `{ zh: '美元', en: 'USD' }`. */
  unit: { zh: string; en: string };
  /** In words, as a reader says it: `USD 28.5 billion`. */
  en: string;
}

/**
 * A table number printed in a scaled unit (`亿美元`, `万元`), in the base unit; null when the
 * unit carries no scale word or no known base unit. The printed number is never replaced: this
 * is shown and written beside it.
 */
export function scaledValue(value: number, unit: string): ScaledValue | null {
  const m = /^(千万|千|万|亿)(美元|元人民币|元)$/u.exec(unit.trim());
  if (!m) return null;
  const printed = String(value);
  const en = quantityToEnglish(`${printed}${unit.trim()}`).text;
  return { plain: shiftDecimal(printed, SCALES[m[1]!]!), unit: BASE_UNITS[m[2]!]!, en };
}
