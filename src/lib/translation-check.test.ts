import { describe, expect, test } from 'vitest';
import { sourceHash } from './source-hash.ts';
import { parseDocument } from '../../scripts/parse/parse-document.ts';
import { checkTranslation } from './translation-check.ts';

const SOURCE = '一、贸易\n\n2013年6月，双边贸易额达285亿美元，增长 12%。\n\n表题\n\n国家\t金额\n哈萨克斯坦\t285\n';
const parsed = parseDocument(SOURCE, 'x.txt');
const doc = { slug: 'x', nodes: parsed.nodes } as Parameters<typeof checkTranslation>[0];
const [heading, paragraph, table] = parsed.nodes;
const entry = (node: (typeof parsed.nodes)[number], fields: object) => ({
  anchor: node.id,
  hash: sourceHash(node),
  ...fields,
});
const good = [
  entry(heading!, { en: 'Trade' }),
  entry(paragraph!, { en: 'In June 2013 bilateral trade reached {{285亿美元}}, up 12%.' }),
  entry(table!, {
    caption: 'Caption',
    cells: [
      ['Country', 'Amount'],
      ['Kazakhstan', '285'],
    ],
  }),
];

describe('checkTranslation', () => {
  test('a complete, faithful translation passes', () => {
    const report = checkTranslation(doc, { doc: 'x', nodes: good });
    expect(report.problems).toEqual([]);
    expect([...report.status.values()]).toEqual(['translated', 'translated', 'translated']);
  });

  test('a changed source paragraph makes its translation outdated', () => {
    const stale = [good[0]!, { ...good[1]!, hash: '000000000000' }, good[2]!];
    expect(checkTranslation(doc, { doc: 'x', nodes: stale }).status.get(paragraph!.id)).toBe('outdated');
  });

  test('missing entries and empty cells count as missing English', () => {
    const report = checkTranslation(doc, {
      doc: 'x',
      nodes: [
        good[0]!,
        entry(table!, {
          caption: 'Caption',
          cells: [
            ['Country', ''],
            ['Kazakhstan', '285'],
          ],
        }),
      ],
    });
    expect(report.status.get(paragraph!.id)).toBe('missing');
    expect(report.status.get(table!.id)).toBe('missing');
  });

  test('hand-converted, invented or lost numbers and stray Chinese are problems', () => {
    const bad = [
      good[0]!,
      entry(paragraph!, { en: 'In June 2013 trade reached USD 28.5 billion 哈, up 13%.' }),
      good[2]!,
    ];
    expect(checkTranslation(doc, { doc: 'x', nodes: bad }).problems).toEqual([
      'x#' +
        paragraph!.id +
        ': Chinese characters outside a {{…}} token: “In June 2013 trade reached USD 28.5 billion 哈, up 13%.”',
      'x#' + paragraph!.id + ': the number 28.5 is not in the source',
      'x#' + paragraph!.id + ': the number 13 is not in the source',
      'x#' + paragraph!.id + ': the source number 285 is missing from the English',
      'x#' + paragraph!.id + ': the source number 12 is missing from the English',
    ]);
  });

  test('a token must quote the source', () => {
    const bad = [good[0]!, entry(paragraph!, { en: 'In June 2013 trade reached {{286亿美元}}, up 12%.' }), good[2]!];
    expect(checkTranslation(doc, { doc: 'x', nodes: bad }).problems[0]).toBe(
      `x#${paragraph!.id}: token {{286亿美元}} is not in the source text`,
    );
  });
});
