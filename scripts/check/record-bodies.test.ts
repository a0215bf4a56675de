import { describe, expect, test } from 'vitest';
import { parseRecordBody } from '../../src/lib/record-body.ts';
import type { GlossaryEntry } from '../../src/schemas/records.ts';
import { checkBodyReferences, checkRecordBodies, type BodyToCheck } from './record-bodies.ts';

const FILE = 'content/curated/platforms/x.mdx';
const source = { doc: 'd', anchor: 'p-00000001', quote: '2017年建成12个野外站' };
const glossary: GlossaryEntry[] = [
  {
    zh: '塔吉克斯坦',
    en: 'Tajikistan',
    official: true,
    kind: 'country',
    aliases: [],
    enAliases: [],
    enRejected: [],
    notWithin: [],
  },
];

/** A record whose body starts on line 10 of FILE. */
const record = (zh: string, en: string): BodyToCheck => ({
  file: FILE,
  prose: parseRecordBody(`<Zh>\n${zh}\n</Zh>\n<En>\n${en}\n</En>\n`, FILE, 10),
  sources: [source],
  evidence: [],
});

describe('checkRecordBodies', () => {
  test('passes a body whose numbers its quotes state and whose English follows its Chinese', () => {
    expect(
      checkRecordBodies(
        [record('2017年在塔吉克斯坦建成12个野外站。', 'In 2017 it built 12 field stations in Tajikistan.')],
        glossary,
      ),
    ).toEqual([]);
  });

  test('a number in the Chinese body that no quote states fails, naming file and line', () => {
    const r = record('建成12个野外站。\n另建13个。', 'It built 12 field stations.');
    expect(checkRecordBodies([r], glossary)).toEqual([
      `${FILE}:12: the Chinese body states “13”, which none of the record's quotes contains`,
    ]);
  });

  test('a body <SourceQuote> is evidence for its numbers too', () => {
    const r = record('建成<SourceQuote doc="d" anchor="p-00000002">13个站</SourceQuote>。', 'It built 13 stations.');
    expect(checkRecordBodies([r], glossary)).toEqual([]);
  });

  test('a number in the English body its Chinese does not state fails, naming file and line', () => {
    const r = record('建成12个野外站。', 'It built 12 field stations\nin 2019.');
    expect(checkRecordBodies([r], glossary)).toEqual([
      `${FILE}:15: the English body states 2019, which its Chinese does not ("in 2019.")`,
    ]);
  });

  test('a glossary name in the Chinese must be called by its one English name', () => {
    const r = record('在塔吉克斯坦建成12个野外站。', 'It built 12 field stations in Tajikstan.');
    expect(checkRecordBodies([r], glossary)).toEqual([
      `${FILE}:14: the Chinese names 塔吉克斯坦; the English body does not call it “Tajikistan” (the glossary's name)`,
    ]);
  });
});

describe('checkBodyReferences', () => {
  test('a <RecordLink> or <FigureRef> naming nothing fails, naming file and line', () => {
    const r = record(
      '见<RecordLink id="nowhere">某处</RecordLink>和<FigureRef id="stations" />。',
      'See <RecordLink id="known">it</RecordLink>.',
    );
    expect(checkBodyReferences([r], new Set(['known']), new Set())).toEqual([
      `${FILE}:11: <RecordLink id="nowhere"> names no record`,
      `${FILE}:11: <FigureRef id="stations"> names no key figure`,
    ]);
    expect(checkBodyReferences([r], new Set(['known', 'nowhere']), new Set(['stations']))).toEqual([]);
  });
});
