import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { parseSource } from '../../build-documents.ts';
import { assemblePipeline } from '../../pipeline.ts';
import { readExtractionWords } from '../../records/load-curated.ts';
import { SourceIndex } from '../../records/source-index.ts';
import { findDates } from '../dates.ts';
import { citationsIn } from '../policy-mentions.ts';
import { candidateMdx } from './mdx.ts';
import { acceptCandidate, recordFile } from './accept.ts';
import { readFrontmatter } from '../../records/frontmatter.ts';
import { caseSchema, eventSchema, keyFigureSchema, platformSchema } from '../../../src/schemas/records.ts';
import { extractCandidates } from './index.ts';
import { parseRecordBody } from '../../../src/lib/record-body.ts';
import { isPolicyTitle } from './policies.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WORDS = readExtractionWords(`${ROOT}content/curated/extraction/words.yaml`);
const FIXTURES = `${ROOT}tests/fixtures/extract/`;

/** A fixture parsed as a draft document would be: its nodes under a slug of its own. */
const asDocument = (file: string): SourceDocument => {
  const parsed = parseSource(readFileSync(FIXTURES + file, 'utf8'), file);
  const slug = `fixture-${file.replace(/\.\w+$/u, '')}`;
  return { slug, file, nodes: parsed.nodes } as unknown as SourceDocument;
};
const fixtures = readdirSync(FIXTURES)
  .filter((f) => /\.(?:txt|md)$/u.test(f))
  .sort()
  .map(asDocument);
const seeds = assemblePipeline(ROOT).documents;
const flat = (s: string) => s.replace(/\s+/gu, '');

describe.each([
  ['fixtures (layouts the seeds do not have)', fixtures],
  ['the seeds', seeds],
] as const)('candidates of %s', (_, documents) => {
  const candidates = extractCandidates(documents, WORDS);
  const index = new SourceIndex(documents);
  const quotes = (c: CandidateData) => flat(c.sources.map((s) => s.quote).join('\n'));

  test('every quote occurs literally in the node its anchor names', () => {
    const bad = candidates.flatMap((c) =>
      c.sources
        .filter((s) => !index.contains(s.doc, s.anchor, s.quote))
        .map((s) => `${c.id}: ${s.anchor} “${s.quote}”`),
    );
    expect(bad).toEqual([]);
  });

  test('ids are unique and the same on a second run', () => {
    expect(new Set(candidates.map((c) => c.id)).size).toBe(candidates.length);
    expect(extractCandidates(documents, WORDS)).toEqual(candidates);
  });

  test('every country, date and quantity a candidate states is printed in its quotes', () => {
    for (const c of candidates) {
      for (const x of c.countries) expect(quotes(c), `${c.id} ${x.code}`).toContain(flat(x.printed));
      if (c.datePrinted) expect(quotes(c), c.id).toContain(flat(c.datePrinted));
      if (c.date) expect(quotes(c), c.id).toContain(String(c.date.year));
      for (const q of c.quantities) expect(quotes(c), c.id).toContain(flat(q.printed));
    }
  });

  test('platform names end in a listed ending, and take its kind', () => {
    for (const c of candidates.filter((x) => x.collection === 'platforms')) {
      const ending = Object.keys(WORDS.platforms.suffixes)
        .sort((a, b) => b.length - a.length)
        .find((e) => c.name.endsWith(e));
      expect(ending, c.name).toBeDefined();
      expect(c.platformKind).toBe(WORDS.platforms.suffixes[ending!]);
    }
  });

  test('a cited title is a policy candidate exactly when it reads as a policy', () => {
    const policies = new Set(candidates.filter((c) => c.collection === 'policies').map((c) => `${c.doc}|${c.name}`));
    for (const doc of documents)
      for (const node of doc.nodes)
        if ('text' in node)
          for (const m of citationsIn(node.text))
            expect(policies.has(`${doc.slug}|${m.title}`), m.title).toBe(
              isPolicyTitle(m.title, WORDS.policies.titleEndings),
            );
  });

  test('an MDX record quotes each source through SourceQuote with its anchor', () => {
    for (const c of candidates.slice(0, 50)) {
      const mdx = candidateMdx({ ...c, generated: 'test', review: { status: 'unreviewed' } });
      for (const s of c.sources)
        expect(mdx).toContain(`anchor="${s.anchor}">{${JSON.stringify(s.quote)}}</SourceQuote>`);
    }
  });
});

describe('what the extractor reads from documents in other layouts', () => {
  const all = extractCandidates(fixtures, WORDS);
  const of = (collection: CandidateData['collection'], name: string) =>
    all.find((c) => c.collection === collection && c.name === name);

  test('a Q&A bulletin: platforms with place, status, figures; dated events; a firm’s case; policies only', () => {
    const park = of('platforms', '中乌现代农业科技示范园');
    expect(park).toMatchObject({ place: '塔什干', status: 'built', countries: [{ code: 'UZ', printed: '中乌' }] });
    expect(park?.date).toMatchObject({ year: 2019, openEnded: true });
    expect(park?.quantities.map((q) => q.printed)).toContain('12个');
    expect(of('platforms', '中吉跨境技术交易服务平台')?.status).toBe('launched');
    const events = all.filter((c) => c.collection === 'events');
    expect(events.map((e) => e.date)).toContainEqual({ year: 2023, month: 4, day: 12, toYear: null, openEnded: false });
    expect(events.map((e) => e.date)).toContainEqual({
      year: 2020,
      month: null,
      day: null,
      toYear: 2022,
      openEnded: false,
    });
    const firm = all.find((c) => c.collection === 'cases' && c.name === '新疆绿洲节水科技有限公司');
    expect(firm?.countries.map((x) => x.code)).toEqual(['KG']);
    expect(of('policies', '关于加快国际科技合作的若干措施')?.date?.year).toBe(2021);
    expect(of('policies', '面向中亚科技合作三年行动方案（2021—2023年）')).toBeDefined();
    expect(of('policies', '丝路花雨')).toBeUndefined();
    expect(of('policies', '新疆日报')).toBeUndefined();
  });

  test('a Markdown case table: one case per row with its countries; a planned laboratory with its place', () => {
    const rows = all.filter((c) => c.collection === 'cases' && c.sources[0]!.anchor.startsWith('t-'));
    expect(rows.map((c) => c.name)).toEqual(['天山光伏材料股份有限公司', '昆仑农机制造有限公司']);
    expect(rows[1]!.countries.map((x) => x.code).sort()).toEqual(['KG', 'KZ']);
    expect(of('platforms', '中哈新能源联合实验室')).toMatchObject({
      status: 'proposed',
      place: '阿斯塔纳',
      platformKind: 'joint-laboratory',
    });
  });

  test('the word lists are data: a new ending in words.yaml finds new names', () => {
    const doc = { ...fixtures[0]!, nodes: fixtures[0]!.nodes } as SourceDocument;
    const words: ExtractionWords = structuredClone(WORDS);
    const before = extractCandidates([doc], words).filter((c) => c.collection === 'platforms').length;
    words.platforms.suffixes['简报'] = 'other';
    const after = extractCandidates([doc], words).filter((c) => c.collection === 'platforms');
    expect(after.length).toBeGreaterThan(before);
    expect(after.some((c) => c.name.endsWith('简报'))).toBe(true);
  });
});

describe('accepting a candidate', () => {
  const SCHEMAS = { platforms: platformSchema, events: eventSchema, cases: caseSchema } as const;
  /** What the editor writes: every empty string (the English, a case's results) filled in. */
  const filled = (v: unknown): unknown =>
    v === ''
      ? 'written by the editor'
      : Array.isArray(v)
        ? v.map(filled)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, filled(x)]))
          : v;

  test('writes a record that names its candidate and is valid once the editor fills in what is empty', () => {
    const all = extractCandidates(fixtures, WORDS).filter((c) => c.collection !== 'policies');
    for (const c of all) {
      const accepted = acceptCandidate({ ...c, generated: 'test', review: { status: 'unreviewed' } }, 'test-record');
      if (accepted.collection === 'figures') {
        expect(keyFigureSchema.safeParse(filled(accepted.data)).success, c.id).toBe(true);
        continue;
      }
      if (accepted.collection === 'policies') continue;
      const text = recordFile(accepted);
      const { data, body } = readFrontmatter(text, accepted.file);
      expect((data as { candidate: string }).candidate).toBe(c.id);
      const parsed = SCHEMAS[accepted.collection].safeParse(filled(data));
      expect(parsed.error?.issues ?? [], c.id).toEqual([]);
      // Until then the build refuses it, naming the empty fields: in the front matter, or the empty
      // English block of the body.
      const refused =
        !SCHEMAS[accepted.collection].safeParse(data).success ||
        (() => {
          try {
            parseRecordBody(body, accepted.file);
            return false;
          } catch {
            return true;
          }
        })();
      expect(refused, c.id).toBe(true);
    }
  });
});

describe('findDates', () => {
  test('reads years, months, days, periods and open periods as printed', () => {
    expect(findDates('2018 年 11 月 23 日签署')[0]).toMatchObject({
      year: 2018,
      month: 11,
      day: 23,
      printed: '2018 年 11 月 23 日',
    });
    expect(findDates('2006—2012年共签署')[0]).toMatchObject({ year: 2006, toYear: 2012 });
    expect(findDates('2006年至2012年')[0]).toMatchObject({ year: 2006, toYear: 2012 });
    expect(findDates('2010年以来')[0]).toMatchObject({ year: 2010, openEnded: true, month: null, toYear: null });
  });

  test('a document number, a decade, a bare number and an impossible month are not dates', () => {
    expect(findDates('新政发〔2018〕44号')).toEqual([]);
    expect(findDates('1990 年代中亚国家独立后')).toEqual([]);
    expect(findDates('共2018个项目')).toEqual([]);
    expect(findDates('2018年13月')[0]).toMatchObject({ month: null });
  });
});
