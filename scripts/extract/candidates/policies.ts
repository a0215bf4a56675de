import type { SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { findPolicyMentions } from '../policy-mentions.ts';
import { candidateId, readPassage } from './shared.ts';

/** True when a 《》 title reads as a policy: it ends (before a bracketed period) in a policy word. */
export function isPolicyTitle(title: string, endings: readonly string[]): boolean {
  const bare = title.replace(/[（(][^（）()]*[）)]\s*$/u, '').trim();
  return endings.some((e) => bare.endsWith(e));
}

/**
 * Cited-policy candidates of one document: each policy-like 《title》 (with its 文号 and year when
 * printed), once per title; books, periodicals and shows in 《》 are left out by their endings.
 */
export function policyCandidates(doc: SourceDocument, words: ExtractionWords): CandidateData[] {
  const byTitle = new Map<string, CandidateData>();
  for (const m of findPolicyMentions([doc])) {
    if (!isPolicyTitle(m.title, words.policies.titleEndings)) continue;
    const source = { doc: doc.slug, anchor: m.anchor, quote: m.quote };
    const known = byTitle.get(m.title);
    if (known) {
      if (known.sources.length < 3) known.sources.push(source);
      continue;
    }
    byTitle.set(m.title, {
      id: candidateId('policies', doc.slug, m.title),
      collection: 'policies',
      doc: doc.slug,
      name: m.title,
      platformKind: null,
      eventKind: 'policy',
      countries: readPassage(m.title).countries,
      host: null,
      place: null,
      date: m.year !== null ? { year: m.year, month: null, day: null, toYear: null, openEnded: false } : null,
      datePrinted: m.year !== null ? m.number : null,
      quantities: [],
      status: null,
      sources: [source],
    });
  }
  return [...byTitle.values()];
}
