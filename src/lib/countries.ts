import type { Country } from '../schemas/records.ts';

/** The countries the yearbook covers, in the order the site lists them. */
export const COUNTRY_ORDER: readonly Country[] = ['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU', 'MN'];

/**
 * Chinese names as the sources print them: full name, and the one-character short form used in
 * compounds such as 中-哈 or 中塔. English names live in the glossary; these are for parsing.
 */
export const COUNTRY_ZH: Readonly<Record<Country, { name: string; short: string; aliases: readonly string[] }>> = {
  KZ: { name: '哈萨克斯坦', short: '哈', aliases: ['哈国'] },
  KG: { name: '吉尔吉斯斯坦', short: '吉', aliases: [] },
  TJ: { name: '塔吉克斯坦', short: '塔', aliases: ['塔国'] },
  UZ: { name: '乌兹别克斯坦', short: '乌', aliases: [] },
  TM: { name: '土库曼斯坦', short: '土', aliases: [] },
  RU: { name: '俄罗斯', short: '俄', aliases: [] },
  MN: { name: '蒙古国', short: '蒙', aliases: ['蒙古'] },
  CN: { name: '中国', short: '中', aliases: [] },
  PK: { name: '巴基斯坦', short: '巴', aliases: [] },
  AF: { name: '阿富汗', short: '阿', aliases: [] },
};

/** Partner countries named in a bilateral title such as `中-哈…` or `中塔…`. */
export function countriesOfBilateralTitle(title: string): Country[] {
  const m = /^中[-－—]?([哈塔吉乌土俄蒙])/u.exec(title);
  if (!m) return [];
  const hit = (Object.entries(COUNTRY_ZH) as [Country, { short: string }][]).find(([, v]) => v.short === m[1]);
  return hit ? [hit[0]] : [];
}
