import type { SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateCollection, CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { caseCandidates } from './cases.ts';
import { eventCandidates } from './events.ts';
import { figureCandidates } from './figures.ts';
import { platformCandidates } from './platforms.ts';
import { policyCandidates } from './policies.ts';

/** One extractor per collection, in the order the site lists them. */
export const EXTRACTORS: Record<CandidateCollection, (doc: SourceDocument, words: ExtractionWords) => CandidateData[]> =
  {
    platforms: platformCandidates,
    events: eventCandidates,
    figures: figureCandidates,
    cases: caseCandidates,
    policies: policyCandidates,
  };

/**
 * Every candidate record of every document (seeds and drafts alike), per collection in document
 * and reading order. Two candidates with one id (the same name twice in a document) are one.
 */
export function extractCandidates(documents: readonly SourceDocument[], words: ExtractionWords): CandidateData[] {
  const byId = new Map<string, CandidateData>();
  for (const extract of Object.values(EXTRACTORS))
    for (const doc of documents) for (const c of extract(doc, words)) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()];
}
