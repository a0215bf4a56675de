import { describe, expect, test } from 'vitest';
import { bodyPart, parseRecordBody, plainText } from './record-body.ts';

const BODY = ['', '<Zh>', '建成12个野外站。', '</Zh>', '', '<En>', 'It built 12 field stations.', '</En>', ''].join(
  '\n',
);

describe('parseRecordBody(body, file, firstLine)', () => {
  test('reads one block per language, each with the file line of its first text line', () => {
    const body = parseRecordBody(BODY, 'r.mdx', 10);
    expect(body.blocks.map((b) => [b.lang, b.part, b.source, b.line])).toEqual([
      ['zh', 'main', '建成12个野外站。', 12],
      ['en', 'main', 'It built 12 field stations.', 16],
    ]);
  });

  test('reads named parts (a case’s content and results)', () => {
    const text =
      '<Zh part="content">\n甲\n</Zh>\n<En part="content">\nA\n</En>\n' +
      '<Zh part="results">\n乙\n</Zh>\n<En part="results">\nB\n</En>\n';
    expect(bodyPart(parseRecordBody(text, 'c.mdx'), 'results', 'c.mdx')).toEqual({ zh: '乙', en: 'B' });
    expect(() => bodyPart(parseRecordBody(text, 'c.mdx'), 'main', 'c.mdx')).toThrow(
      'c.mdx:1: the body has no “main” part',
    );
  });

  test('an empty body is an error naming the file', () => {
    expect(() => parseRecordBody('\n\n', 'r.mdx', 7)).toThrow(/^r\.mdx:7: the body is empty/u);
  });

  test('text outside a block, an unclosed or empty block, a missing language: errors name file and line', () => {
    expect(() => parseRecordBody('概述\n', 'r.mdx', 5)).toThrow(/^r\.mdx:5: text outside/u);
    expect(() => parseRecordBody('<Zh>\n甲\n', 'r.mdx', 5)).toThrow(/^r\.mdx:5: language block is not closed/u);
    expect(() => parseRecordBody('<Zh>\n\n</Zh>\n<En>\nA\n</En>\n', 'r.mdx', 5)).toThrow(
      /^r\.mdx:5: empty language block/u,
    );
    expect(() => parseRecordBody('<Zh>\n甲\n</Zh>\n', 'r.mdx', 5)).toThrow(/^r\.mdx:6: part “main” has no en block/u);
    expect(() => parseRecordBody('<Zh>\n甲\n</En>\n', 'r.mdx', 5)).toThrow(/^r\.mdx:7: <\/En> closes a <Zh> block/u);
  });

  test('finds the quotes and references its components make, with their lines', () => {
    const text = [
      '<Zh>',
      '据报道，<SourceQuote doc="d" anchor="p-0000abcd">建成12个野外站</SourceQuote>。',
      '见<RecordLink id="other-record">另一记录</RecordLink>，共<FigureRef id="stations" />。',
      '</Zh>',
      '<En>',
      'See <RecordLink id="other-record">the other record</RecordLink>.',
      '</En>',
    ].join('\n');
    const body = parseRecordBody(text, 'r.mdx', 20);
    expect(body.quotes).toEqual([{ doc: 'd', anchor: 'p-0000abcd', quote: '建成12个野外站', line: 21 }]);
    expect(body.references).toEqual([
      { component: 'RecordLink', id: 'other-record', line: 22 },
      { component: 'FigureRef', id: 'stations', line: 22 },
      { component: 'RecordLink', id: 'other-record', line: 25 },
    ]);
  });

  test('an unknown component, or a quote without its anchor, is an error naming the line', () => {
    expect(() => parseRecordBody('<Zh>\n<Chart id="x" />\n</Zh>\n<En>\nA\n</En>\n', 'r.mdx', 3)).toThrow(
      /^r\.mdx:4: unknown component <Chart>/u,
    );
    expect(() =>
      parseRecordBody('<Zh>\n<SourceQuote doc="d">甲</SourceQuote>\n</Zh>\n<En>\nA\n</En>\n', 'r.mdx', 3),
    ).toThrow(/^r\.mdx:4: <SourceQuote/u);
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
