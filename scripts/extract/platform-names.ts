import type { SourceDocument } from '../../src/schemas/document.ts';
import type { ExtractionWords } from '../../src/schemas/candidates.ts';
import { quotableTexts } from '../records/source-index.ts';

const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9\-－—·•（）]/u;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The platform word lists of content/curated/extraction/words.yaml: endings, lead-ins, followers. */
export type PlatformWords = Pick<ExtractionWords['platforms'], 'suffixes' | 'leadIns' | 'followers'>;

/** Occurrences of platform-like names in the documents, with where each was found. */
export interface NameCandidate {
  name: string;
  doc: string;
  anchor: string;
}

/** The name ending at `end` in `text`, walking left until punctuation or a lead-in word. */
export function nameEndingAt(text: string, end: number, leadIns: readonly string[]): string {
  let start = end;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start--;
  let name = text.slice(start, end);
  // Cut at the last lead-in word inside the phrase ("建设了中亚地质科技合作平台" → the platform).
  for (;;) {
    let cut = -1;
    for (const word of leadIns) {
      const at = name.lastIndexOf(word);
      if (at >= 0 && at + word.length > cut && at + word.length < name.length - 1) cut = at + word.length;
    }
    if (cut <= 0) break;
    name = name.slice(cut);
  }
  // A count in front is not part of the name (`2家离岸孵化器`).
  return name.replace(/^\d+(?:\.\d+)?[个家条项所座处名]?/u, '');
}

/**
 * Finds platform-like names mechanically. Names in quotation marks are taken whole; others are
 * read back from their ending to the word that introduces them. The result is deliberately
 * generous: every name must then have a platform record or a reasoned exclusion.
 */
export function findPlatformNames(documents: readonly SourceDocument[], words: PlatformWords): NameCandidate[] {
  const out = new Map<string, NameCandidate>();
  const suffixes = Object.keys(words.suffixes).sort((a, b) => b.length - a.length);
  // After the ending: no Han character, or one of the followers (中心建设), or an opening bracket.
  const after = `(?![\\p{Script=Han}])|(?=[${words.followers.map(escape).join('')}])`;
  const ending = new RegExp(`(?:${suffixes.map(escape).join('|')})(?:${after}|(?=[（(]))`, 'gu');
  for (const doc of documents) {
    for (const node of doc.nodes) {
      for (const text of quotableTexts(node).slice(0, node.type === 'table' ? undefined : 1)) {
        for (const m of text.matchAll(/[“"]([^”"]{3,40})[”"]/gu)) {
          if (suffixes.some((s) => m[1]!.endsWith(s))) add(out, { name: m[1]!, doc: doc.slug, anchor: node.id });
        }
        for (const m of text.matchAll(ending)) {
          const name = nameEndingAt(text, m.index + m[0].length, words.leadIns);
          const balanced = name.split('（').length === name.split('）').length;
          if (balanced && [...name].length >= 4 && !suffixes.includes(name))
            add(out, { name, doc: doc.slug, anchor: node.id });
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh') || a.doc.localeCompare(b.doc));
}

/** The first occurrence of each name in each document: an exclusion may hold for one document only. */
function add(out: Map<string, NameCandidate>, c: NameCandidate) {
  const key = `${c.doc}\u0000${c.name}`;
  if (!out.has(key)) out.set(key, c);
}
