import { describe, expect, test } from 'vitest';
import type { CandidateData } from '../../../src/schemas/candidates.ts';
import type { Curated } from '../../records/load-curated.ts';
import { scoreCandidates } from './measure.ts';
import { reviewCandidates, unknownCandidateIds, type Reviewed } from './review.ts';

const candidate = (id: string, name: string, collection: CandidateData['collection'] = 'platforms'): CandidateData => ({
  id,
  collection,
  doc: 'doc-a',
  name,
  platformKind: null,
  eventKind: null,
  countries: [],
  host: null,
  place: null,
  date: null,
  datePrinted: null,
  quantities: [],
  status: null,
  sources: [{ doc: 'doc-a', anchor: 'p-00000001', quote: name }],
});
const curated = (over: Partial<Curated> = {}) => ({ rejections: [], exclusions: [], ...over }) as unknown as Curated;
const record = (id: string, name: string, named?: string): Reviewed => ({
  collection: 'platforms',
  id,
  candidate: named,
  matches: (c) => c.name === name,
});

describe('reviewing candidates', () => {
  const a = candidate('platform-doc-a-00000001', '甲中心');
  const b = candidate('platform-doc-a-00000002', '乙中心');

  test('a matching record accepts a candidate; others stay unreviewed', () => {
    const [ra, rb] = reviewCandidates([a, b], [record('jia', '甲中心')], curated());
    expect(ra!.review).toEqual({ status: 'accepted', record: 'jia' });
    expect(rb!.review).toEqual({ status: 'unreviewed' });
  });

  test('a record naming its candidate takes that one only, whatever the names', () => {
    const reviewed = [record('yi', '甲中心', b.id)];
    const [ra, rb] = reviewCandidates([a, b], reviewed, curated());
    expect(ra!.review.status).toBe('unreviewed');
    expect(rb!.review).toEqual({ status: 'accepted', record: 'yi' });
  });

  test('rejections carry their reason: by candidate id, or a platform name scoped to its document', () => {
    const rejections = [{ candidate: a.id, reason: 'a heading, not a platform' }];
    const exclusions = [{ name: '乙中心', reason: 'holds in another document only', doc: 'doc-b' }];
    const [ra, rb] = reviewCandidates([a, b], [], curated({ rejections, exclusions }));
    expect(ra!.review).toEqual({ status: 'rejected', reason: 'a heading, not a platform' });
    expect(rb!.review.status).toBe('unreviewed');
    const [, rb2] = reviewCandidates([a, b], [], curated({ exclusions: [{ ...exclusions[0]!, doc: 'doc-a' }] }));
    expect(rb2!.review).toEqual({ status: 'rejected', reason: 'holds in another document only' });
  });

  test('a record or rejection naming a candidate the extractor does not find is reported', () => {
    const problems = unknownCandidateIds(
      [a],
      [record('x', '甲中心', 'platform-doc-a-ffffffff')],
      curated({ rejections: [{ candidate: 'event-doc-a-ffffffff', reason: 'not an event' }] }),
    );
    expect(problems).toEqual([
      'platforms/x: candidate platform-doc-a-ffffffff is not a candidate the extractor finds',
      'candidate-rejections.yaml: event-doc-a-ffffffff is not a candidate the extractor finds; remove it',
    ]);
  });

  test('precision counts candidates a record took, recall records some candidate proposed', () => {
    const reviewed = [record('jia', '甲中心'), record('bing', '丙中心')];
    const scored = reviewCandidates([a, b], reviewed, curated());
    const platforms = scoreCandidates(scored, reviewed).find((s) => s.collection === 'platforms')!;
    expect(platforms).toMatchObject({ candidates: 2, accepted: 1, records: 2, found: 1, precision: 0.5, recall: 0.5 });
  });
});
