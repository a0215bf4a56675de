import type { SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { citationsIn } from '../policy-mentions.ts';
import { sentencesOf } from '../sentences.ts';
import { candidateId, candidateQuantity, dateFields, firstWord, passagesOf, readPassage, shorten } from './shared.ts';

const yearOnly = (year: number, printed: string | null): Pick<CandidateData, 'date' | 'datePrinted'> => ({
  date: { year, month: null, day: null, toYear: null, openEnded: false },
  datePrinted: printed,
});

/** The year of a document cited by its number (《…》（新政发〔2018〕44号）), as printed. */
function numberedYear(text: string) {
  const cited = citationsIn(text).find((c) => c.year !== null);
  return cited ? yearOnly(cited.year!, cited.number) : null;
}

/** The year a quoted event name begins with (“2017新疆丝路矿业合作论坛”). */
function namedYear(text: string, words: ExtractionWords) {
  const endings = words.events.namedEventEndings.join('|');
  const m = new RegExp(`[“"]((?:19|20)\\d{2})(?!\\d)[^”"]{2,40}?(?:${endings})[^”"]{0,8}[”"]`, 'u').exec(text);
  return m ? yearOnly(Number(m[1]), m[1]!) : null;
}

/**
 * Dated-event candidates of one document: every sentence (or table row) printing an explicit date —
 * a year with 年, a month or day after it, a period, or an open period “N年以来” (since N). The
 * first date printed is the event's; the kind comes from the sentence's words. A sentence citing a
 * document by its number (《…》（新政发〔2018〕44号）) without another date is dated by the number's year, and
 * one naming an event in quotation marks that begins with its year (“2017…论坛”) by that year.
 */
export function eventCandidates(doc: SourceDocument, words: ExtractionWords): CandidateData[] {
  const out: CandidateData[] = [];
  const seen = new Set<string>();
  for (const p of passagesOf(doc)) {
    const units = p.row === null ? sentencesOf(p.text) : [{ text: p.text, start: 0 }];
    for (const s of units) {
      const read = readPassage(s.text, words.figures.skipUnits, words.figures.units);
      const date = read.dates[0] ? dateFields(read.dates[0]) : (numberedYear(s.text) ?? namedYear(s.text, words));
      if (!date) continue;
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
