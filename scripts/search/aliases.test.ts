import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../../src/schemas/records.ts';
import { aliasesForTitle } from './aliases.ts';

const entry = (zh: string, en: string, aliases: string[] = [], enAliases: string[] = []): GlossaryEntry => ({
  zh,
  en,
  aliases,
  enAliases,
  enRejected: [],
  notWithin: [],
  official: true,
  kind: 'organisation',
});
const glossary = [
  entry('哈萨克斯坦', 'Kazakhstan', ['哈国'], ['Kazakh']),
  entry('特变电工', 'TBEA', ['特变电工股份有限公司']),
  entry('中国科学院', 'Chinese Academy of Sciences', ['中科院'], ['CAS']),
];

describe('aliasesForTitle', () => {
  test('a Chinese title gains the other Chinese forms and the English', () => {
    expect(aliasesForTitle('哈萨克斯坦', glossary)).toEqual(['Kazakh', 'Kazakhstan', '哈国']);
  });
  test('an English title gains the Chinese forms', () => {
    expect(aliasesForTitle('China–Tajikistan TBEA S&T Cooperation Centre', glossary)).toEqual([
      '特变电工',
      '特变电工股份有限公司',
    ]);
  });
  test('abbreviations find the full name', () => {
    expect(aliasesForTitle('Chinese Academy of Sciences', glossary)).toEqual(['CAS', '中国科学院', '中科院']);
  });
  test('an alias inside a longer name does not count', () => {
    const zone = { ...entry('丝绸之路经济带创新驱动发展试验区', 'Pilot Zone', ['试验区']), kind: 'platform' as const };
    expect(aliasesForTitle('中国（新疆）自贸试验区', [zone])).toEqual([]);
    expect(aliasesForTitle('试验区建设18条政策', [zone])).toEqual(['Pilot Zone', '丝绸之路经济带创新驱动发展试验区']);
  });
  test('a title naming nothing in the glossary gains nothing', () => {
    expect(aliasesForTitle('Timeline', glossary)).toEqual([]);
  });
});
