import type { Candidate, CandidateCollection, CandidateData } from '../../../src/schemas/candidates.ts';
import { candidateCollectionSchema } from '../../../src/schemas/candidates.ts';
import { recordsOf, type Reviewed } from './review.ts';

/** Precision and recall of one collection's candidates against its curated records. */
export interface CandidateScore {
  collection: CandidateCollection;
  candidates: number;
  /** Candidates a curated record took (accepted or matched). */
  accepted: number;
  rejected: number;
  records: number;
  /** Curated records at least one candidate matches. */
  found: number;
  precision: number | null;
  recall: number | null;
}

/**
 * Scores the extractor: precision is the share of candidates that became a record, recall the
 * share of records some candidate proposed. `records` are the curated records to find, as match
 * rules; the candidates carry their review.
 */
export function scoreCandidates(
  candidates: readonly (CandidateData & Pick<Candidate, 'review'>)[],
  records: readonly Reviewed[],
): CandidateScore[] {
  // A passage may hold several records (one sentence, five platforms launched): each is found.
  const taken = new Set(candidates.flatMap((c) => recordsOf(c, records).map((r) => `${r.collection}/${r.id}`)));
  return candidateCollectionSchema.options.map((collection) => {
    const mine = candidates.filter((c) => c.collection === collection);
    const accepted = mine.filter((c) => c.review.status === 'accepted');
    const wanted = records.filter((r) => r.collection === collection);
    const found = wanted.filter((r) => taken.has(`${collection}/${r.id}`)).length;
    return {
      collection,
      candidates: mine.length,
      accepted: accepted.length,
      rejected: mine.filter((c) => c.review.status === 'rejected').length,
      records: wanted.length,
      found,
      precision: mine.length ? accepted.length / mine.length : null,
      recall: wanted.length ? found / wanted.length : null,
    };
  });
}
