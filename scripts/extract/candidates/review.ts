import type { Candidate, CandidateData, CandidateReview } from '../../../src/schemas/candidates.ts';
import type { Policy } from '../../../src/schemas/policies.ts';
import type { SourceRef } from '../../../src/schemas/records.ts';
import type { Curated } from '../../records/load-curated.ts';

const flat = (s: string) => s.replace(/\s+/gu, '');
const samePassage = (a: readonly SourceRef[], b: readonly SourceRef[]) =>
  a.some((x) => b.some((y) => x.doc === y.doc && x.anchor === y.anchor));
/** The two quote one text: one quote holds the other (a sentence and a clause of it, a row and a cell). */
const overlaps = (a: readonly SourceRef[], b: readonly SourceRef[]) =>
  a.some((x) =>
    b.some(
      (y) =>
        x.doc === y.doc &&
        x.anchor === y.anchor &&
        (flat(x.quote).includes(flat(y.quote)) || flat(y.quote).includes(flat(x.quote))),
    ),
  );
/** The year (and month) a record dates itself to is printed in the candidate's passage. */
const datePrinted = (c: CandidateData, year: number) =>
  c.sources.some((s) => new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(s.quote));

/** A curated record a candidate may turn out to be: its id and what identifies it in the sources. */
export interface Reviewed {
  collection: Candidate['collection'];
  id: string;
  /** The candidate id the record names (`candidate:`), if any. */
  candidate?: string | undefined;
  matches: (c: CandidateData) => boolean;
}

/**
 * The curated records as match rules, one per record. A record naming its candidate matches it
 * alone; others match by what an editor would see as the same thing: a platform by its printed
 * name or alias, an event by its passage and year, a figure by its passage and printed figure, a
 * case by its passage and firm, a policy by its cited title.
 */
export function reviewedRecords(curated: Curated, policies: readonly Policy[]): Reviewed[] {
  return [
    ...curated.platforms.map((r): Reviewed => ({
      collection: 'platforms',
      id: r.id,
      candidate: r.data.candidate,
      matches: (c) => [r.data.name, ...r.data.aliases].includes(c.name),
    })),
    ...curated.events.map((r): Reviewed => ({
      collection: 'events',
      id: r.id,
      candidate: r.data.candidate,
      matches: (c) => datePrinted(c, r.data.date.year) && overlaps(c.sources, r.data.sources),
    })),
    ...curated.figures.map((r): Reviewed => ({
      collection: 'figures',
      id: r.id,
      candidate: r.candidate,
      matches: (c) => {
        const [a, b] = [flat(c.name), flat(r.printed)];
        return samePassage(c.sources, r.sources) && (a.includes(b) || b.includes(a));
      },
    })),
    ...curated.cases.map((r): Reviewed => ({
      collection: 'cases',
      id: r.id,
      candidate: r.data.candidate,
      matches: (c) =>
        samePassage(c.sources, r.data.sources) &&
        [r.data.actor, ...r.data.partners].some((a) => c.name.includes(a) || a.includes(c.name)),
    })),
    ...policies.map((r): Reviewed => ({
      collection: 'policies',
      id: r.id,
      matches: (c) => r.titles.includes(c.name),
    })),
  ];
}

/** Reasons a candidate was rejected: by id (any collection), or a platform name (platform-exclusions.yaml). */
function rejectionOf(c: CandidateData, curated: Curated): string | null {
  const byId = curated.rejections.find((r) => r.candidate === c.id);
  if (byId) return byId.reason;
  if (c.collection !== 'platforms') return null;
  const excluded = curated.exclusions.find((e) => e.name === c.name && (e.doc === undefined || e.doc === c.doc));
  return excluded?.reason ?? null;
}

/**
 * Where each candidate stands. A record naming a candidate takes it; otherwise the first record
 * that matches does. A rejection holds only where no record takes the candidate.
 */
export function reviewCandidates(
  candidates: readonly CandidateData[],
  reviewed: readonly Reviewed[],
  curated: Curated,
) {
  return candidates.map((c): CandidateData & { review: CandidateReview } => {
    const match = recordsOf(c, reviewed)[0];
    if (match) return { ...c, review: { status: 'accepted', record: match.id } };
    const reason = rejectionOf(c, curated);
    return { ...c, review: reason ? { status: 'rejected', reason } : { status: 'unreviewed' } };
  });
}

/** The curated records that take a candidate: the one naming it, else every record matching it. */
export function recordsOf(c: CandidateData, reviewed: readonly Reviewed[]): Reviewed[] {
  const named = reviewed.filter((r) => r.candidate === c.id);
  if (named.length) return named;
  return reviewed.filter((r) => r.collection === c.collection && r.candidate === undefined && r.matches(c));
}

/** Candidate ids named by curated records or rejections that no candidate has: stale, to be fixed. */
export function unknownCandidateIds(
  candidates: readonly CandidateData[],
  reviewed: readonly Reviewed[],
  curated: Curated,
): string[] {
  const ids = new Set(candidates.map((c) => c.id));
  return [
    ...reviewed
      .filter((r) => r.candidate !== undefined && !ids.has(r.candidate))
      .map((r) => `${r.collection}/${r.id}: candidate ${r.candidate} is not a candidate the extractor finds`),
    ...curated.rejections
      .filter((r) => !ids.has(r.candidate))
      .map((r) => `candidate-rejections.yaml: ${r.candidate} is not a candidate the extractor finds; remove it`),
  ];
}
