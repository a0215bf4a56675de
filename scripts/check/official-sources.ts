import type { GlossaryEntry } from '../../src/schemas/records.ts';

/** A glossary entry with where it was read from; `line` is the line of the entry in that file, when known. */
export type LocatedEntry = Pick<GlossaryEntry, 'zh' | 'en' | 'official' | 'source'> & {
  file: string;
  line?: number | undefined;
};

/**
 * An English name marked official is a claim about the body's own usage, so it must say where that
 * usage was seen (`source`); without one the name is ours and must be marked `official: false`.
 */
export function checkOfficialSources(entries: readonly LocatedEntry[]): string[] {
  return entries
    .filter((e) => e.official && !e.source?.trim())
    .map(
      (e) =>
        `${e.file}${e.line === undefined ? '' : `:${e.line}`}: “${e.zh}” → “${e.en}” is official: true ` +
        'but has no ' +
        'source; record the publication that uses this English, or set official: false with a note that it is our form',
    );
}
