import type { GlossaryEntry } from '../../src/schemas/records.ts';

/** One English name per Chinese term across all glossary files; aliases may not clash. */
export function checkGlossary(entries: readonly (GlossaryEntry & { file: string })[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, GlossaryEntry & { file: string }>();
  for (const e of entries) {
    for (const term of [e.zh, ...e.aliases]) {
      const prev = seen.get(term);
      if (prev && prev.en !== e.en)
        problems.push(`${e.file}: “${term}” is “${e.en}” here but “${prev.en}” in ${prev.file}`);
      seen.set(term, e);
    }
  }
  return problems;
}

/** Names used by records that the glossary does not translate. */
export function checkTranslated(
  names: readonly { name: string; where: string }[],
  entries: readonly GlossaryEntry[],
): string[] {
  const known = new Set(entries.flatMap((e) => [e.zh, ...e.aliases]));
  return names
    .filter((n) => !known.has(n.name))
    .map((n) => `${n.where}: “${n.name}” has no glossary entry (content/curated/glossary/)`);
}
