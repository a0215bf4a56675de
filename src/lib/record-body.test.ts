import { describe, expect, test } from 'vitest';
import { parseRecordBody } from './record-body.ts';

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
