import { getCollection } from 'astro:content';
import type { Candidate, CandidateCollection } from '../schemas/candidates.ts';

/** Candidate records with their ids, in collection, document and id order. */
export async function loadCandidates(): Promise<(Candidate & { id: string })[]> {
  const order: CandidateCollection[] = ['platforms', 'events', 'figures', 'cases', 'policies'];
  return (await getCollection('candidates'))
    .map((e) => ({ id: e.id, ...e.data }))
    .sort(
      (a, b) =>
        order.indexOf(a.collection) - order.indexOf(b.collection) ||
        a.doc.localeCompare(b.doc) ||
        a.id.localeCompare(b.id),
    );
}

/** Candidates no editor has accepted or rejected: published, marked, and left out of every count. */
export const unreviewed = <T extends Pick<Candidate, 'review'>>(list: readonly T[]): T[] =>
  list.filter((c) => c.review.status === 'unreviewed');
