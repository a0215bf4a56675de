import type { SourceDocument } from '../schemas/document.ts';
import type { GlossaryEntry } from '../schemas/records.ts';
import type { Translation } from '../schemas/translation.ts';
import { namesWhole } from './name-match.ts';
import { renderTokens } from './quantity-en.ts';

/** A translated passage that does not use the glossary's English for a name it contains. */
export interface NameMismatch {
  doc: string;
  anchor: string;
  zh: string;
  expected: string;
}

export const NAME_KINDS = new Set<GlossaryEntry['kind']>([
  'country',
  'place',
  'organisation',
  'company',
  'platform',
  'programme',
]);

/** Names printed in a text, longest first, without counting a name inside a longer one. */
export function namesIn(text: string, entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const forms = entries
    .filter((e) => NAME_KINDS.has(e.kind))
    .flatMap((e) => [e.zh, ...e.aliases].map((form) => ({ form, entry: e })))
    .sort((a, b) => b.form.length - a.form.length);
  let rest = text;
  const found = new Set<GlossaryEntry>();
  for (const { form, entry } of forms) {
    // Words that merely contain the form (科技部分 ⊃ 科技部) do not name the entry.
    const here = entry.notWithin.reduce((t, word) => t.split(word).join('\u0001'), rest);
    // A whole name only: 试验区 inside 自贸试验区 names something else.
    if (!namesWhole(here, form)) continue;
    found.add(entry);
    rest = rest.split(form).join('\u0000');
  }
  return [...found];
}

/** Whole-word, case-insensitive: `MOST` is not found in “most”, nor `CAS` in “cases”. */
export function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const caseless = name !== name.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s)?(?![\\p{L}\\p{N}])`, caseless ? 'iu' : 'u').test(text);
}

/**
 * Checks that the glossary is the single source of English names: wherever a translated node's
 * source names a glossary entry, the English uses that entry's English name (or an English alias).
 */
export function checkGlossaryUse(
  documents: readonly SourceDocument[],
  translations: ReadonlyMap<string, Translation>,
  entries: readonly GlossaryEntry[],
): NameMismatch[] {
  const out: NameMismatch[] = [];
  for (const doc of documents) {
    const byAnchor = new Map((translations.get(doc.slug)?.nodes ?? []).map((n) => [n.anchor, n]));
    for (const node of doc.nodes) {
      const t = byAnchor.get(node.id);
      if (!t || node.type === 'artifact') continue;
      const pairs: [string, string][] =
        node.type === 'table'
          ? [
              [node.caption?.text ?? '', t.caption ?? ''],
              ...node.rows.flatMap((r, i) => r.map((c, j): [string, string] => [c.text, t.cells?.[i]?.[j] ?? ''])),
            ]
          : [[node.text, t.en ?? '']];
      for (const [zh, en] of pairs) {
        if (!zh || !en) continue;
        const english = renderTokens(en);
        for (const entry of namesIn(zh, entries)) {
          if (![entry.en, ...entry.enAliases].some((name) => mentions(english, name)))
            out.push({ doc: doc.slug, anchor: node.id, zh: entry.zh, expected: entry.en });
        }
      }
    }
  }
  return out;
}
