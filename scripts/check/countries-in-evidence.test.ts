import { describe, expect, test } from 'vitest';
import { checkCountriesInEvidence, countriesNamedIn } from './countries-in-evidence.ts';

describe('countriesNamedIn', () => {
  test('full names, aliases, bilateral compounds and the collective five', () => {
    expect([...countriesNamedIn('在哈萨克斯坦设立')]).toEqual(['KZ']);
    expect([...countriesNamedIn('塔国政府')]).toEqual(['TJ']);
    expect([...countriesNamedIn('推进中吉、中乌、中哈地质科技合作')].sort()).toEqual(['KG', 'KZ', 'UZ']);
    expect([...countriesNamedIn('中-塔农业联合研究中心')]).toEqual(['TJ']);
    expect([...countriesNamedIn('中亚各国及俄罗斯先进适用技术库')].sort()).toEqual([
      'KG',
      'KZ',
      'RU',
      'TJ',
      'TM',
      'UZ',
    ]);
  });

  test('a place that begins with a short form names no country', () => {
    expect([...countriesNamedIn('塔城地区与乌鲁木齐市')]).toEqual([]);
    expect([...countriesNamedIn('其中乌鲁木齐高新区、其中哈密、其中土壤改良')]).toEqual([]);
  });
});

describe('checkCountriesInEvidence', () => {
  test('a country no quote names is reported', () => {
    const problems = checkCountriesInEvidence([
      { name: 'platforms/x', countries: ['KZ', 'UZ'], quotes: ['在哈萨克斯坦建设'] },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^platforms\/x: country UZ/u);
  });

  test('the parent’s quotes, a mark of inference, and China are accepted', () => {
    expect(
      checkCountriesInEvidence([
        { name: 'a', countries: ['UZ'], quotes: ['设立分中心'], parentQuotes: ['在乌兹别克斯坦'] },
        { name: 'b', countries: ['TM'], quotes: ['中亚'], inferred: { countries: ['TM'] } },
        { name: 'c', countries: ['CN'], quotes: ['新疆'] },
      ]),
    ).toEqual([]);
  });

  test('a mark of inference that the quotes make needless, or that names another country, is reported', () => {
    const problems = checkCountriesInEvidence([
      { name: 'a', countries: ['KZ'], quotes: ['哈萨克斯坦'], inferred: { countries: ['KZ', 'TJ'] } },
    ]);
    expect(problems).toEqual([
      'a: countriesInferred lists KZ, but its quotes name it; drop the mark',
      'a: countriesInferred lists TJ, which is not among its countries',
    ]);
  });
});
