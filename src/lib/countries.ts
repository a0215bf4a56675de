import { countrySchema, type Country, type GlossaryEntry } from '../schemas/records.ts';
import { readGlossary } from './read-glossary.ts';

/** Where the glossary lives, from the project root (as site.config.json and content.config.ts read it). */
export const GLOSSARY_DIR = 'content/curated/glossary';

/** A country's Chinese forms as the sources print them, and its English name. */
export interface CountryNames {
  /** Full name (哈萨克斯坦). */
  name: string;
  /** The one-character form in compounds such as 中哈 or 中-哈. */
  short: string;
  aliases: readonly string[];
  en: string;
}

/** What parsing and the site need to know of the countries, all of it from the glossary. */
export interface CountryTable {
  /** The countries the yearbook covers, in the order the site lists them (the glossary file's). */
  order: readonly Country[];
  /** The five Central Asian countries (中亚五国). */
  centralAsia: readonly Country[];
  names: Readonly<Record<Country, CountryNames>>;
}

/**
 * Builds the country table from the glossary's country entries with a code. Every code of the schema needs
 * exactly one entry, with its short form; a gap stops the build naming the glossary file.
 */
export function countryTable(
  entries: readonly (GlossaryEntry & { file?: string })[],
  where = GLOSSARY_DIR,
): CountryTable {
  // Countries without a code (苏联) are names the sources print, not countries records are tagged with.
  const countries = entries.filter((e) => e.kind === 'country' && e.country);
  const names: Partial<Record<Country, CountryNames>> = {};
  for (const e of countries) {
    const file = e.file ?? where;
    if (!e.country) continue;
    if (!e.short) throw new Error(`${file}: country “${e.zh}” has no one-character short form (short:)`);
    if (names[e.country]) throw new Error(`${file}: two country entries for ${e.country}`);
    names[e.country] = { name: e.zh, short: e.short, aliases: e.aliases, en: e.en };
  }
  const missing = countrySchema.options.filter((c) => !names[c]);
  if (missing.length) throw new Error(`${where}: no country entry for ${missing.join(', ')}`);
  const codes = (pick: (e: GlossaryEntry) => boolean | undefined) => countries.filter(pick).map((e) => e.country!);
  return {
    order: codes((e) => e.covered),
    centralAsia: codes((e) => e.centralAsia),
    names: names as Record<Country, CountryNames>,
  };
}

const TABLE = countryTable(readGlossary(GLOSSARY_DIR));

/** The countries the yearbook covers, in the order the site lists them. */
export const COUNTRY_ORDER: readonly Country[] = TABLE.order;

/** The five Central Asian countries, which 中亚五国 names as a group. */
export const CENTRAL_ASIA: readonly Country[] = TABLE.centralAsia;

/** Chinese names as the sources print them (full name, short form, aliases), for parsing. */
export const COUNTRY_ZH: Readonly<Record<Country, CountryNames>> = TABLE.names;

/** Each country with its names, in the schema's order. */
export const countryEntries = (): [Country, CountryNames][] => countrySchema.options.map((c) => [c, COUNTRY_ZH[c]]);

/** The country a printed name stands for (full name or alias), or undefined. */
export function countryOfName(printed: string): Country | undefined {
  const name = printed.trim();
  return countryEntries().find(([, v]) => v.name === name || v.aliases.includes(name))?.[0];
}

/** The short forms of the partner countries (not 中), as a regex character class: `[哈塔…]`. */
export const partnerShortClass = (): string =>
  `[${countryEntries()
    .filter(([c]) => c !== 'CN')
    .map(([, v]) => v.short)
    .join('')}]`;

/** Partner countries named in a bilateral title such as `中-哈…` or `中塔…`. */
export function countriesOfBilateralTitle(title: string): Country[] {
  const m = new RegExp(`^${COUNTRY_ZH.CN.short}[-－—]?(${partnerShortClass()})`, 'u').exec(title);
  const hit = m && countryEntries().find(([c, v]) => c !== 'CN' && v.short === m[1]);
  return hit ? [hit[0]] : [];
}
