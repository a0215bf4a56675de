import { describe, expect, test } from 'vitest';
import { englishNumbers, sourceNumbers, unmatchedNumbers } from './english-numbers.ts';

describe('englishNumbers', () => {
  test('reads grouped digits, decades and ordinals', () => {
    expect(englishNumbers('CNY 1,000 in the 1980s at the 15th meeting, 3.5 ha.')).toEqual([
      '1000',
      '1980',
      '15',
      '3.5',
    ]);
  });
});

describe('unmatchedNumbers', () => {
  test('accepts a number as printed or converted from its Chinese', () => {
    expect(unmatchedNumbers('RMB 500 million, or 0.5 billion', ['新增规模为5亿元'])).toEqual([]);
    expect(unmatchedNumbers('the late 1980s to the 1990s', ['20 世纪 80 年代末到 90 年代'])).toEqual([]);
    expect(unmatchedNumbers('7 projects at the 15th meeting', ['七个项目', '第十五次会议'])).toEqual([]);
    expect(unmatchedNumbers('nearly 50%', ['近五成'])).toEqual([]);
    expect(unmatchedNumbers('about 667 ha', ['1万亩'])).toEqual([]);
    expect(unmatchedNumbers('CNY 300,000–500,000', ['30～50万元'])).toEqual([]);
    expect(unmatchedNumbers('a 10-GW-class base', ['千万千瓦级能源基地'])).toEqual([]);
    expect(unmatchedNumbers('the 13th Five-Year Plan', ['“十三五”规划'])).toEqual([]);
  });
  test('reads a unit printed as a bare 亿 as 100 million, and only a bare one', () => {
    expect(
      unmatchedNumbers('Trade, 2013 (USD 100 million)', ['2013 年进出口商品结构 (亿美元)'], { scaled: false }),
    ).toEqual([]);
    expect(unmatchedNumbers('USD 100 million', ['5亿美元'], { scaled: false })).toEqual(['100']);
  });
  test('reports a number the Chinese does not state', () => {
    expect(unmatchedNumbers('3,000 hectares built in 2009', ['建成示范基地'])).toEqual(['3000', '2009']);
    expect(unmatchedNumbers('built in 2009', ['2019年建成'])).toEqual(['2009']);
  });
});

describe('sourceNumbers', () => {
  test('marks the month and day of a date', () => {
    expect(sourceNumbers('2018年11月23日').map((n) => [n.printed, n.datepart])).toEqual([
      ['2018', false],
      ['11', true],
      ['23', true],
    ]);
  });
});

describe('translations', () => {
  test('must not restate a 万/亿 quantity by hand (they use {{…}} tokens)', () => {
    expect(unmatchedNumbers('USD 28.5 billion', ['285亿美元'], { scaled: false })).toEqual(['28.5']);
  });
});
