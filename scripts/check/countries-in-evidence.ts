import { CENTRAL_ASIA, COUNTRY_ZH, countryEntries, partnerShortClass } from '../../src/lib/countries.ts';
import type { Country } from '../../src/schemas/records.ts';

/** Collective names that spell out the five Central Asian countries as a group. */
const CENTRAL_ASIA_GROUP = ['中亚五国', '中亚各国'];

/**
 * Countries a Chinese text names: full names, printed aliases (哈国), bilateral compounds
 * (中哈, 中-哈, 中吉、中乌) and the collective 中亚五国/中亚各国. A bare one-character short form
 * is not enough: 塔 and 乌 also begin 塔城 and 乌鲁木齐.
 */
export function countriesNamedIn(text: string): Set<Country> {
  const flat = text.replace(/\s+/gu, '');
  const found = new Set<Country>();
  const partners = partnerShortClass();
  for (const [code, zh] of countryEntries()) {
    if ([zh.name, ...zh.aliases].some((n) => flat.includes(n))) found.add(code);
    // The short form must not begin a longer word after 其中: 乌鲁木齐, 塔城, 塔里木, 哈密, 吉木乃, 土壤.
    const bilateral = new RegExp(
      `${COUNTRY_ZH.CN.short}[-－—]?(?:${partners}[、，]?)*${zh.short}(?![鲁城里密木壤])`,
      'u',
    );
    if (code !== 'CN' && bilateral.test(flat)) found.add(code);
  }
  if (CENTRAL_ASIA_GROUP.some((g) => flat.includes(g))) for (const c of CENTRAL_ASIA) found.add(c);
  return found;
}

/** A record's countries with the evidence that may name them. */
export interface CountryClaim {
  /** For messages: `platforms/xyz`. */
  name: string;
  countries: readonly Country[];
  quotes: readonly string[];
  /** Quotes of the platform it belongs to, which may name where the whole unit works. */
  parentQuotes?: readonly string[];
  inferred?: { countries: readonly Country[] } | undefined;
}

/**
 * Every partner country a record credits is named in its quotes or its parent's, or is marked
 * inferred (with a note the schema requires). China is exempt: every source is about Xinjiang.
 */
export function checkCountriesInEvidence(claims: readonly CountryClaim[]): string[] {
  const problems: string[] = [];
  for (const c of claims) {
    const named = countriesNamedIn([...c.quotes, ...(c.parentQuotes ?? [])].join('\n'));
    const inferred = new Set(c.inferred?.countries ?? []);
    for (const code of c.countries) {
      if (code === 'CN' || named.has(code) || inferred.has(code)) continue;
      problems.push(
        `${c.name}: country ${code} (${COUNTRY_ZH[code].name}) is named in none of its quotes; ` +
          'quote the passage or mark it in countriesInferred with a note',
      );
    }
    for (const code of inferred) {
      if (!c.countries.includes(code))
        problems.push(`${c.name}: countriesInferred lists ${code}, which is not among its countries`);
      else if (named.has(code))
        problems.push(`${c.name}: countriesInferred lists ${code}, but its quotes name it; drop the mark`);
    }
  }
  return problems;
}
