import { describe, expect, test } from 'vitest';
import { parseRecordBody } from './record-body.ts';
import { bodyPart, plainText } from './record-body-text.ts';

describe('bodyPart(body, part, file)', () => {
  test('reads named parts (a case’s content and results)', () => {
    const text =
      '<Zh part="content">\n甲\n</Zh>\n<En part="content">\nA\n</En>\n' +
      '<Zh part="results">\n乙\n</Zh>\n<En part="results">\nB\n</En>\n';
    expect(bodyPart(parseRecordBody(text, 'c.mdx'), 'results', 'c.mdx')).toEqual({ zh: '乙', en: 'B' });
    expect(() => bodyPart(parseRecordBody(text, 'c.mdx'), 'main', 'c.mdx')).toThrow(
      'c.mdx:1: the body has no “main” part',
    );
  });
});

describe('plainText(source, lang)', () => {
  test('drops list and table syntax and joins lines (nothing in Chinese, a space in English)', () => {
    expect(plainText('- 建成3条生产线；\n- 培训300多人次。', 'zh')).toBe('建成3条生产线；培训300多人次。');
    expect(plainText('1. Built 3 lines;\n2. trained 300.', 'en')).toBe('Built 3 lines; trained 300.');
    const table = '两类：\n\n| 类别 | 项目数 |\n| --- | --- |\n| 重点项目 | 7项以内 |\n| 一般项目 | 20项以内 |';
    expect(plainText(table, 'zh')).toBe('两类：重点项目（项目数：7项以内）；一般项目（项目数：20项以内）。');
    const en = 'Two kinds:\n\n| Kind | Projects |\n| :-- | --: |\n| Key | up to 7 |\n| General | up to 20 |';
    expect(plainText(en, 'en')).toBe('Two kinds: Key (Projects: up to 7); General (Projects: up to 20).');
  });

  test('components give their text: a quote in quotation marks, a link its words, a figure as the caller says', () => {
    const source =
      '<SourceQuote doc="d" anchor="p-1">建成</SourceQuote>，见<RecordLink id="x">中心</RecordLink>，共<FigureRef id="f" />';
    expect(plainText(source, 'zh')).toBe('“建成”，见中心，共');
    expect(plainText(source, 'zh', { figure: (id, lang) => `${id}:${lang}` })).toBe('“建成”，见中心，共f:zh');
  });

  test('reads MDX escapes back as the printed characters', () => {
    expect(plainText('《关于贯彻落实\\<国务院意见>的实施意见》', 'zh')).toBe('《关于贯彻落实<国务院意见>的实施意见》');
  });
});
