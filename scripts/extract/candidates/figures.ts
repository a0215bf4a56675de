import type { SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { clausesOf } from '../sentences.ts';
import { candidateId, candidateQuantity, dateFields, passagesOf, quantitiesIn, readPassage } from './shared.ts';

/**
 * Key-figure candidates of one document: each number with a unit printed in prose (tables are typed
 * collections of their own), with the words before it in its clause as its subject. The year is
 * the sentence's date where its clause prints one.
 */
export function figureCandidates(doc: SourceDocument, words: ExtractionWords): CandidateData[] {
  const out: CandidateData[] = [];
  const seen = new Set<string>();
  for (const p of passagesOf(doc)) {
    if (p.row !== null || p.node.type === 'heading') continue;
    for (const clause of clausesOf(p.text)) {
      for (const q of quantitiesIn(clause.text, words.figures.skipUnits, words.figures.units)) {
        const key = `${p.node.id}\u0000${clause.text}\u0000${q.printed}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const read = readPassage(clause.text);
        out.push({
          id: candidateId('figures', doc.slug, key),
          collection: 'figures',
          doc: doc.slug,
          name: q.printed,
          platformKind: null,
          eventKind: null,
          countries: read.countries,
          host: null,
          place: null,
          ...dateFields(read.dates[0]),
          quantities: [candidateQuantity(q)],
          status: null,
          sources: [{ doc: doc.slug, anchor: p.node.id, quote: clause.text }],
        });
      }
    }
  }
  return out;
}
