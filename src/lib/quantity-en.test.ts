import { describe, expect, test } from 'vitest';
import { quantityToEnglish, renderTokens, scaledValue, splitTokens } from './quantity-en.ts';

const en = (zh: string) => quantityToEnglish(zh).text;

describe('quantityToEnglish', () => {
  test('the examples every translation relies on', () => {
    expect(en('285亿美元')).toBe('USD 28.5 billion');
    expect(en('1746亿元')).toBe('CNY 174.6 billion');
    expect(en('4375万元')).toBe('CNY 43.75 million');
    expect(en('1万亩')).toBe('10,000 mu (≈ 667 ha)');
    expect(en('3千万元')).toBe('CNY 30 million');
  });
  test('spaces as printed and 元人民币', () => {
    expect(en('4375 万元人民币')).toBe('CNY 43.75 million');
    expect(en('236 亿美元')).toBe('USD 23.6 billion');
    expect(en('2 亿美元')).toBe('USD 200 million');
    expect(en('50 亿美元')).toBe('USD 5 billion');
  });
  test('亿 and 万 with decimals and round numbers', () => {
    expect(en('1837.7亿元')).toBe('CNY 183.77 billion');
    expect(en('40.21亿元')).toBe('CNY 4.021 billion');
    expect(en('4.6亿元')).toBe('CNY 460 million');
    expect(en('10亿元')).toBe('CNY 1 billion');
    expect(en('5亿元')).toBe('CNY 500 million');
    expect(en('1500万美元')).toBe('USD 15 million');
    expect(en('50万元')).toBe('CNY 500,000');
    expect(en('960万元')).toBe('CNY 9.6 million');
  });
  test('ranges say the scale once', () => {
    expect(en('100～200万元')).toBe('CNY 1–2 million');
    expect(en('30～50万元')).toBe('CNY 300,000–500,000');
  });
  test('qualifiers', () => {
    expect(en('4000多万元')).toBe('more than CNY 40 million');
    expect(en('50万元左右')).toBe('about CNY 500,000');
    expect(en('1万亩以上')).toBe('10,000 mu (≈ 667 ha) or more');
    expect(en('近1亿元')).toBe('nearly CNY 100 million');
    expect(en('不低于3000平米')).toBe('at least 3,000 m²');
  });
  test('areas in mu, square metres and square kilometres', () => {
    expect(en('300亩')).toBe('300 mu (≈ 20 ha)');
    expect(en('12亩')).toBe('12 mu (≈ 0.8 ha)');
    expect(en('15 万亩')).toBe('150,000 mu (≈ 10,000 ha)');
    expect(en('200平米')).toBe('200 m²');
    expect(en('3.2万平方米')).toBe('32,000 m²');
    expect(en('1平方公里')).toBe('1 km²');
  });
  test('counts with a scale', () => {
    expect(en('3000万罐')).toBe('30 million cans');
    expect(quantityToEnglish('3000万罐').showOriginal).toBe(false);
    expect(quantityToEnglish('285亿美元').showOriginal).toBe(true);
  });
  test('unreadable input is an error naming it', () => {
    expect(() => quantityToEnglish('许多钱')).toThrow('cannot read the quantity “许多钱”');
  });
});

describe('tokens', () => {
  test('split and render', () => {
    expect(splitTokens('total {{285亿美元}} in 2013')).toEqual([
      { kind: 'text', text: 'total ' },
      { kind: 'quantity', zh: '285亿美元' },
      { kind: 'text', text: ' in 2013' },
    ]);
    expect(renderTokens('funding of {{100～200万元}} per project')).toBe('funding of CNY 1–2 million per project');
  });
});

describe('printedToEnglish', () => {
  test('money and areas convert; counts keep their digits', async () => {
    const { printedToEnglish } = await import('./quantity-en.ts');
    expect(printedToEnglish('1746亿元')).toBe('CNY 174.6 billion');
    expect(printedToEnglish('242项')).toBe('242');
    expect(printedToEnglish('40TB')).toBe('40TB');
    expect(printedToEnglish('97.1%')).toBe('97.1%');
    expect(printedToEnglish('30余人')).toBe('more than 30 people');
    expect(printedToEnglish('166家')).toBe('166');
    expect(printedToEnglish('近 30 年')).toBe('nearly 30 years');
    expect(printedToEnglish('7项以内')).toBe('7 at most');
    expect(printedToEnglish('近百份')).toBe('nearly 100');
    expect(printedToEnglish('七项')).toBe('7');
    expect(printedToEnglish('19862家')).toBe('19,862');
    expect(printedToEnglish('不低于1：2')).toBe('at least 1:2');
    expect(printedToEnglish('近五成')).toBe('nearly 50%');
    expect(printedToEnglish('3-4天')).toBe('3–4 days');
    expect(printedToEnglish('各1处')).toBe('1 each');
    expect(printedToEnglish('千万千瓦级')).toBe('10-GW class');
    expect(printedToEnglish('5000Nm ³ /h')).toBe('5,000 Nm³/h');
    expect(printedToEnglish('未见')).toBeNull();
  });
});

describe('scaledValue', () => {
  test('converts a number printed in a scaled unit exactly, and nothing else', () => {
    expect(scaledValue(285, '亿美元')).toEqual({
      plain: '28500000000',
      unit: { zh: '美元', en: 'USD' },
      en: 'USD 28.5 billion',
    });
    expect(scaledValue(0.62, '亿美元')?.plain).toBe('62000000');
    expect(scaledValue(4375, '万元')).toMatchObject({ plain: '43750000', en: 'CNY 43.75 million' });
    expect(scaledValue(12, '%')).toBeNull();
    expect(scaledValue(12, '美元')).toBeNull();
    expect(scaledValue(12, '万亩')).toBeNull();
  });
});
