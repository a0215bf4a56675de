import { describe, expect, test } from 'vitest';
import { nameToken, namesIn, namesInQuery, type SearchName } from './search-names.ts';

const n = (zh: string, en: string, forms: string[] = []): SearchName => ({ zh, en, forms: [zh, en, ...forms] });
const names = [
  n('哈萨克斯坦', 'Kazakhstan', ['哈国']),
  n('塔吉克斯坦', 'Tajikistan'),
  n('哈萨克斯坦农业部', 'Ministry of Agriculture of Kazakhstan'),
];

describe('nameToken', () => {
  test('is letters only, stable and distinct for distinct names', () => {
    expect(nameToken('塔吉克斯坦')).toMatch(/^qz[a-z]{7}$/u);
    expect(nameToken('塔吉克斯坦')).toBe(nameToken('塔吉克斯坦'));
    expect(nameToken('塔吉克斯坦')).not.toBe(nameToken('哈萨克斯坦'));
  });
});

describe('namesIn', () => {
  test('finds whole Chinese names only', () => {
    expect(namesIn('在塔吉克斯坦建设', names).map((x) => x.zh)).toEqual(['塔吉克斯坦']);
    expect(namesIn('斯坦', names)).toEqual([]);
  });
});

describe('namesInQuery', () => {
  test('longest form wins and hits do not overlap', () => {
    expect(namesInQuery('哈萨克斯坦农业部 合作', names).map((h) => h.name.zh)).toEqual(['哈萨克斯坦农业部']);
  });
  test('Latin forms match whole words, any case; aliases map to their name', () => {
    expect(namesInQuery('tajikistan agriculture', names).map((h) => h.name.zh)).toEqual(['塔吉克斯坦']);
    expect(namesInQuery('Tajikistani', names)).toEqual([]);
    expect(namesInQuery('哈国 农业', names).map((h) => [h.name.zh, h.start, h.end])).toEqual([['哈萨克斯坦', 0, 2]]);
  });
});
