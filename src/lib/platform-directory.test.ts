import { describe, expect, test } from 'vitest';
import { platformFilterPath, sortRanks, subUnitCount, type DirectoryPlatform } from './platform-directory.ts';

const p = (id: string, name: string, extra: Partial<DirectoryPlatform> = {}): DirectoryPlatform => ({
  id,
  name,
  kind: 'fund',
  countries: [],
  status: null,
  year: null,
  parent: undefined,
  ...extra,
});

describe('platform directory', () => {
  test('platformFilterPath gives each selection one address, keeping the older single-filter ones', () => {
    expect(platformFilterPath('en', {})).toBe('/en/platforms/');
    expect(platformFilterPath('en', { country: 'kz' })).toBe('/en/platforms/country/kz/');
    expect(platformFilterPath('zh', { kind: 'fund' })).toBe('/zh/platforms/kind/fund/');
    expect(platformFilterPath('en', { country: 'kz', status: 'built' })).toBe('/en/platforms/filter/kz/all/built/');
    expect(platformFilterPath('en', { country: 'none' })).toBe('/en/platforms/filter/none/all/all/');
  });

  test('sortRanks orders Chinese names by pinyin and puts undated records last', () => {
    const list = [p('a', '中亚', { year: 2018 }), p('b', '阿克苏'), p('c', '北京', { year: 2001 })];
    const ranks = sortRanks(list, 'zh', (x) => x.name);
    const by = (key: 'name' | 'year') => [...list].sort((x, y) => ranks.get(x.id)![key] - ranks.get(y.id)![key]);
    expect(by('name').map((x) => x.name)).toEqual(['阿克苏', '北京', '中亚']);
    expect(by('year').map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  test('subUnitCount counts records that belong to another platform', () => {
    expect(subUnitCount([p('a', 'x'), p('b', 'y', { parent: 'a' })])).toBe(1);
  });
});
