/**
 * What the search page needs to understand a query before Pagefind sees it, written next to the
 * index as pagefind/lexicon.json: the glossary's names (every form) and every Latin-script word
 * the indexed pages contain, so a word no page contains can be corrected (“did you mean”) or
 * matched to a word of the same stem. Sorted, so the file is byte-identical across builds.
 */
import type { SearchName } from '../../src/lib/search-names.ts';
import { textOf } from './index-copy.ts';

export interface Lexicon {
  names: SearchName[];
  words: string[];
}

export function buildLexicon(pages: readonly string[], names: readonly SearchName[]): Lexicon {
  const words = new Set<string>();
  for (const html of pages) {
    const main = /<main[^>]*>([\s\S]*?)<\/main>/u.exec(html)?.[1] ?? '';
    for (const m of textOf(main)
      .toLowerCase()
      .matchAll(/\p{Script=Latin}{3,}/gu))
      words.add(m[0]);
  }
  // Code-unit order, not the machine's locale, so every machine writes the same file.
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const used = [...names].sort((a, b) => byCode(a.zh, b.zh) || byCode(a.en, b.en));
  return { names: used, words: [...words].sort() };
}
