import { describe, expect, test } from 'vitest';
import { splitHan, withoutHan } from './split-han.ts';

describe('splitHan', () => {
  test('marks Chinese runs inside English', () => {
    expect(splitHan('a 10-gigawatt-class (千万千瓦级) energy base')).toEqual([
      { text: 'a 10-gigawatt-class (', zh: false },
      { text: '千万千瓦级', zh: true },
      { text: ') energy base', zh: false },
    ]);
  });
  test('keeps full-width punctuation with the Chinese', () => {
    expect(splitHan('printed as 《实施意见》 here').map((r) => r.zh)).toEqual([false, true, false]);
  });
  test('plain English is one run', () => {
    expect(splitHan('USD 28.5 billion')).toEqual([{ text: 'USD 28.5 billion', zh: false }]);
  });
});

describe('withoutHan', () => {
  test('drops the Chinese and empty brackets', () => {
    expect(withoutHan('USD 100 million (亿美元)')).toBe('USD 100 million');
  });
});
