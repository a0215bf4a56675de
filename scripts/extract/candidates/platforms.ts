import type { SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { findPlatformNames } from '../platform-names.ts';
import { sentencesOf } from '../sentences.ts';
import { candidateId, candidateQuantity, dateFields, firstWord, passagesOf, readPassage } from './shared.ts';

/** At most this many passages are quoted per candidate: enough to show where a name recurs. */
const MAX_SOURCES = 3;

/** The host printed after 依托 or before 牵头/承担 in a sentence, else null. */
export function hostIn(sentence: string, name: string, words: ExtractionWords['platforms']): string | null {
  const text = sentence.replace(name, '＃');
  for (const w of words.hostBefore) {
    const m = new RegExp(
      `${w}([\\p{Script=Han}A-Za-z（）]{2,24}?)(?:建设|建立|建成|成立|组建|设立|共建|承担|牵头|，|、|＃|$)`,
      'u',
    ).exec(text);
    if (m && !m[1]!.includes('＃')) return m[1]!;
  }
  for (const w of words.hostAfter) {
    const m = new RegExp(`([\\p{Script=Han}A-Za-z（）]{2,24}?)${w}`, 'u').exec(text);
    if (m && !m[1]!.includes('＃')) return m[1]!.replace(/^.*[由与和及]/u, '') || null;
  }
  return null;
}

/** A place printed as 在X建/设/成立 (在塔什干建成…), else null. */
export function placeIn(sentence: string): string | null {
  const m = /在([\p{Script=Han}]{2,8}?)(?:建成|建设|建立|设立|成立|揭牌|挂牌|落户|举办|召开|开展)/u.exec(sentence);
  return m ? m[1]! : null;
}

/**
 * Platform candidates of one document: every platform-like name the name finder reads, with the
 * sentences that print it, and what those sentences say of it (countries, host, place, year,
 * status, figures). The kind follows the name's ending.
 */
export function platformCandidates(doc: SourceDocument, words: ExtractionWords): CandidateData[] {
  const w = words.platforms;
  const passages = passagesOf(doc);
  const endings = Object.keys(w.suffixes).sort((a, b) => b.length - a.length);
  return findPlatformNames([doc], w).map((found): CandidateData => {
    const sentences = passages.flatMap((p) =>
      sentencesOf(p.text)
        .filter((s) => s.text.includes(found.name))
        .map((s) => ({ p, quote: p.row === null ? s.text : p.text })),
    );
    // The passage the finder named first, then others in reading order.
    sentences.sort((a, b) => Number(b.p.node.id === found.anchor) - Number(a.p.node.id === found.anchor));
    const picked = sentences.slice(0, MAX_SOURCES);
    const first = picked[0]?.quote ?? found.name;
    const read = readPassage(first, words.figures.skipUnits, words.figures.units);
    const ending = endings.find((e) => found.name.endsWith(e));
    return {
      id: candidateId('platforms', doc.slug, found.name),
      collection: 'platforms',
      doc: doc.slug,
      name: found.name,
      platformKind: ending ? w.suffixes[ending]! : 'other',
      eventKind: null,
      countries: readPassage(picked.map((s) => s.quote).join('\n')).countries,
      host: hostIn(first, found.name, w),
      place: placeIn(first),
      ...dateFields(read.dates[0]),
      quantities: read.quantities.map(candidateQuantity),
      status: firstWord(first, w.status),
      sources: picked.length
        ? picked.map((s) => ({ doc: doc.slug, anchor: s.p.node.id, quote: s.quote }))
        : [{ doc: doc.slug, anchor: found.anchor, quote: found.name }],
    };
  });
}
