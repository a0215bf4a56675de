import { describe, expect, test } from 'vitest';
import { markHanInHtml, splitHan, withoutHan } from './split-han.ts';

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

describe('markHanInHtml', () => {
  test('marks Chinese in text, not in tags, and leaves text already inside a lang element', () => {
    const html = '<p title="中">A term (兵地共进)<br> and <q lang="zh-Hans">原文</q> <a href="/x">链接</a>.</p>';
    expect(markHanInHtml(html, 'zh-Hans')).toBe(
      '<p title="中">A term (<span lang="zh-Hans">兵地共进</span>)<br> and <q lang="zh-Hans">原文</q> ' +
        '<a href="/x"><span lang="zh-Hans">链接</span></a>.</p>',
    );
  });
});
