import { describe, expect, test } from 'vitest';
import { nameToken, type SearchName } from './search-names.ts';
import {
  correctWord,
  diversify,
  editDistance,
  excerptFromBoundary,
  highlight,
  planQuery,
  rerank,
} from './search-query.ts';

const n = (zh: string, en: string, forms: string[] = []): SearchName => ({ zh, en, forms: [zh, ...forms, en] });
const names = [n('哈萨克斯坦', 'Kazakhstan', ['哈国']), n('塔吉克斯坦', 'Tajikistan')];

describe('planQuery', () => {
  test('a name with other words becomes its token; alone it keeps its printed form', () => {
    expect(planQuery('塔吉克斯坦 农业', names, 'zh').pagefind).toBe(`${nameToken('塔吉克斯坦')} 农业`);
    expect(planQuery('哈国', names, 'zh').pagefind).toBe(`哈萨克斯坦 ${nameToken('哈萨克斯坦')}`);
    expect(planQuery('Tajikistan', names, 'zh').pagefind).toBe(`塔吉克斯坦 ${nameToken('塔吉克斯坦')}`);
    expect(planQuery('drip irrigation', names, 'en')).toMatchObject({
      pagefind: 'drip irrigation',
      words: ['drip', 'irrigation'],
    });
  });
});

describe('correctWord', () => {
  const vocabulary = ['acquired', 'gas', 'kazakhstan', 'kyrgyzstan', 'oil', 'tajikistan', 'uzbekistan'];
  test('misspellings find the word within a few edits', () => {
    expect(correctWord('Kazakstan', vocabulary)).toBe('kazakhstan');
    expect(correctWord('Kyrgystan', vocabulary)).toBe('kyrgyzstan');
    expect(correctWord('Tadjikistan', vocabulary)).toBe('tajikistan');
    expect(correctWord('Uzbekstan', vocabulary)).toBe('uzbekistan');
  });
  test('another form of the word is found by its stem', () => {
    expect(correctWord('acquisition', vocabulary)).toBe('acquired');
  });
  test('a known word, a far word or Chinese gives nothing', () => {
    expect(correctWord('oil', vocabulary)).toBeNull();
    expect(correctWord('zebra', vocabulary)).toBeNull();
    expect(correctWord('石油', vocabulary)).toBeNull();
  });
  test('edit distance counts a swap as one edit', () => {
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('rerank', () => {
  const r = (url: string, score: number, title: string, kind: string) => ({ url, score, title, kind, alsoKnownAs: '' });
  test('the record whose title answers the query outranks a broad page that repeats the words', () => {
    const plan = planQuery('塔吉克斯坦 农业', names, 'zh');
    const out = rerank(
      [r('/country', 10, '塔吉克斯坦', 'country'), r('/park', 6, '中塔农业科技园', 'platform')],
      plan,
      'zh',
    );
    expect(out.map((x) => x.url)).toEqual(['/park', '/country']);
  });
  test('a query that is the broad page’s title keeps it first', () => {
    const plan = planQuery('塔吉克斯坦', names, 'zh');
    const out = rerank(
      [r('/event', 10, '中国与塔吉克斯坦建立全面战略伙伴关系', 'event'), r('/country', 9, '塔吉克斯坦', 'country')],
      plan,
      'zh',
    );
    expect(out[0]!.url).toBe('/country');
  });
});

describe('excerptFromBoundary', () => {
  test('an excerpt cut inside a word is extended back to the boundary', () => {
    const content = '中国与哈萨克斯坦建立全面战略伙伴关系。日期';
    expect(excerptFromBoundary('斯坦建立全面<mark>战略</mark>', content)).toBe(
      '中国与哈萨克斯坦建立全面<mark>战略</mark>',
    );
    expect(excerptFromBoundary('日期', content)).toBe('日期');
  });
});

describe('highlight', () => {
  test('marks the whole name, not its segments nor 斯坦 in other names', () => {
    const plan = planQuery('塔吉克斯坦 农业', names, 'zh');
    expect(
      highlight('<mark>塔吉克</mark><mark>斯坦</mark><mark>农业</mark>园，哈萨克<mark>斯坦</mark>', plan, 'zh'),
    ).toBe('<mark>塔吉克斯坦</mark><mark>农业</mark>园，哈萨克斯坦');
  });
  test('marks inflected Latin words by their stem', () => {
    expect(highlight('Cooperation and cooperating', planQuery('cooperate', names, 'en'), 'en')).toBe(
      '<mark>Cooperation</mark> and <mark>cooperating</mark>',
    );
  });
});

describe('diversify', () => {
  test('one kind fills at most three of the first five places', () => {
    const k = (kind: string, i: number) => ({ kind, i });
    const out = diversify([k('event', 1), k('event', 2), k('event', 3), k('event', 4), k('event', 5), k('table', 6)]);
    expect(out.map((x) => x.i)).toEqual([1, 2, 3, 6, 4, 5]);
  });
});
