import type { GlossaryEntry } from '../../src/schemas/records.ts';
import { namesWhole } from '../../src/lib/name-match.ts';

/** Every form of an entry's name: Chinese, Chinese aliases, English, English aliases. */
export const formsOf = (e: GlossaryEntry): string[] => [
  e.zh,
  ...e.aliases,
  e.en,
  ...e.enAliases,
  ...(e.enRejected ?? []),
];

/**
 * The other names of whatever a page is about, for the search index only: a page whose title
 * names 哈萨克斯坦 is also found by 哈国 and Kazakhstan; a page titled with TBEA by 特变电工.
 * Matching is on the page title, so a long page that merely mentions a name gains nothing.
 */
export function aliasesForTitle(title: string, entries: readonly GlossaryEntry[]): string[] {
  const lower = title.toLowerCase();
  const out = new Set<string>();
  for (const e of entries) {
    const forms = formsOf(e);
    // One- or two-letter forms would match inside unrelated words.
    // Whole names only: 试验区 in a title about the 自贸试验区 names something else.
    if (!forms.some((f) => [...f].length >= 2 && namesWhole(lower, f.toLowerCase()))) continue;
    for (const f of forms) if (!lower.includes(f.toLowerCase())) out.add(f);
  }
  return [...out].sort();
}
