import { describe, expect, test } from 'vitest';
import { cleanText, leadingErrata, rawText, scanInlines } from './inline-errata.ts';

describe('scanInlines', () => {
  test('finds a bookmark marker and keeps the text after it', () => {
    expect(scanInlines('[bookmark: _GoBack]2018年度')).toEqual([
      { kind: 'erratum', erratum: 'bookmark', raw: '[bookmark: _GoBack]', display: 'omit' },
      { kind: 'text', text: '2018年度' },
    ]);
  });
  test('finds consecutive image placeholders in place', () => {
    const inlines = scanInlines('专设20[image: ][image: ]联络管理办公室一间');
    expect(inlines.map((i) => i.kind)).toEqual(['text', 'erratum', 'erratum', 'text']);
    expect(cleanText(inlines)).toBe('专设20联络管理办公室一间');
    expect(rawText(inlines)).toBe('专设20[image: ][image: ]联络管理办公室一间');
  });
  test('finds leftover bold markup', () => {
    const inlines = scanInlines('共同发展的基础。**科技**');
    expect(inlines.at(-1)).toEqual({ kind: 'erratum', erratum: 'markup', raw: '**科技**', display: 'omit' });
    expect(cleanText(inlines)).toBe('共同发展的基础。');
  });
  test('flags a lowercase English word inside Chinese but keeps it in the text', () => {
    const inlines = scanInlines('科研机构 and 高校加强合作');
    expect(inlines[1]).toEqual({ kind: 'erratum', erratum: 'latin-in-cjk', raw: 'and', display: 'flag' });
    expect(cleanText(inlines)).toBe('科研机构 and 高校加强合作');
  });
  test('leaves genuine acronyms and units alone', () => {
    for (const text of [
      '包括GMP技术平台',
      '购得 TBM 公司',
      'R&D经费总支出',
      '5000Nm ³ /h 成套空分设备',
      '数据总量40TB，',
    ]) {
      expect(scanInlines(text)).toEqual([{ kind: 'text', text }]);
    }
  });
});

describe('leadingErrata', () => {
  test('strips markers in front of a numbering marker', () => {
    const { errata, rest } = leadingErrata('[bookmark: _Hlk492543251]任务1.由双边共同组建');
    expect(errata).toHaveLength(1);
    expect(rest).toBe('任务1.由双边共同组建');
  });
});
