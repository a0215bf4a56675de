import { describe, expect, test } from 'vitest';
import { countrySchema, type GlossaryEntry } from '../schemas/records.ts';
import { COUNTRY_ORDER, COUNTRY_ZH, countriesOfBilateralTitle, countryOfName, countryTable } from './countries.ts';

const entry = (zh: string, country: GlossaryEntry['country'], more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  zh,
  en: zh,
  official: false,
  kind: 'country',
  aliases: [],
  enAliases: [],
  enRejected: [],
  notWithin: [],
  country,
  ...more,
});
const full = () => countrySchema.options.map((c, i) => entry(`国${i}`, c, { short: String.fromCodePoint(0x4e00 + i) }));

describe('countryTable(glossary entries)', () => {
  test('takes the order of covered countries from the glossary, not from the schema', () => {
    const entries = full()
      .reverse()
      .map((e, i) => ({ ...e, covered: i < 3, centralAsia: i === 1 }));
    const table = countryTable(entries);
    expect(table.order).toEqual(entries.slice(0, 3).map((e) => e.country));
    expect(table.centralAsia).toEqual([entries[1]!.country]);
    expect(table.names[entries[0]!.country!].short).toBe(entries[0]!.short);
  });
  test('refuses a country code without an entry, naming the glossary', () => {
    expect(() => countryTable(full().slice(1), 'glossary/')).toThrow(/^glossary\/: no country entry for /u);
  });
  test('refuses an entry without its short form or with a code already taken, naming its file', () => {
    const noShort = full().map((e, i) => (i === 0 ? { ...e, short: undefined, file: 'g/countries.yaml' } : e));
    expect(() => countryTable(noShort)).toThrow(/^g\/countries\.yaml: .*no one-character short form/u);
    const twice = [...full(), { ...full()[0]!, zh: '重复', file: 'g/x.yaml' }];
    expect(() => countryTable(twice)).toThrow(/^g\/x\.yaml: two country entries/u);
  });
  test('ignores entries that are not countries, and countries without a code', () => {
    expect(() =>
      countryTable([...full(), entry('某地', undefined, { kind: 'place' }), entry('旧国', undefined)]),
    ).not.toThrow();
  });
});

describe('the glossary’s countries', () => {
  test('every covered country and every code has its names', () => {
    expect(COUNTRY_ORDER.length).toBeGreaterThan(0);
    for (const c of countrySchema.options) expect(COUNTRY_ZH[c].short).toHaveLength(1);
  });
  test('a printed name or alias finds its country; a bilateral title its partner', () => {
    for (const c of countrySchema.options) {
      const names = COUNTRY_ZH[c];
      for (const n of [names.name, ...names.aliases]) expect(countryOfName(` ${n} `)).toBe(c);
      if (c !== 'CN') {
        expect(countriesOfBilateralTitle(`${COUNTRY_ZH.CN.short}${names.short}合作`)).toEqual([c]);
        expect(countriesOfBilateralTitle(`${COUNTRY_ZH.CN.short}-${names.short}合作`)).toEqual([c]);
      }
    }
    expect(countryOfName('不是国家')).toBeUndefined();
    expect(countriesOfBilateralTitle('合作中心')).toEqual([]);
  });
});
