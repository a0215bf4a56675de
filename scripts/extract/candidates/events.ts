import type { SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { citationsIn } from '../policy-mentions.ts';
import { sentencesOf } from '../sentences.ts';
import { candidateId, candidateQuantity, dateFields, firstWord, passagesOf, readPassage, shorten } from './shared.ts';

/**
 * Dated-event candidates of one document: every sentence (or table row) printing an explicit date —
 * a year with 年, a month or day after it, a period, or an open period “N年以来” (since N). The
 * first date printed is the event's; the kind comes from the sentence's words. A sentence citing a
 * document by its number (《…》（新政发〔2018〕44号）) without another date is dated by the number's year.
 */
export function eventCandidates(doc: SourceDocument, words: ExtractionWords): CandidateData[] {
  const out: CandidateData[] = [];
  const seen = new Set<string>();
  for (const p of passagesOf(doc)) {
    const units = p.row === null ? sentencesOf(p.text) : [{ text: p.text, start: 0 }];
    for (const s of units) {
      const read = readPassage(s.text, words.figures.skipUnits, words.figures.units);
      const cited = citationsIn(s.text).find((c) => c.year !== null);
      if (read.dates.length === 0 && !cited) continue;
      const date = read.dates[0]
        ? dateFields(read.dates[0])
        : {
            date: { year: cited!.year!, month: null, day: null, toYear: null, openEnded: false },
            datePrinted: cited!.number,
          };
      const key = `${p.node.id}\u0000${s.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: candidateId('events', doc.slug, key),
        collection: 'events',
        doc: doc.slug,
        name: shorten(s.text),
        platformKind: null,
        eventKind: firstWord(s.text, words.events.kinds) ?? 'other',
        countries: read.countries,
        host: null,
        place: null,
        ...date,
        quantities: read.quantities.map(candidateQuantity),
        status: null,
        sources: [{ doc: doc.slug, anchor: p.node.id, quote: s.text }],
      });
    }
  }
  return out;
}
