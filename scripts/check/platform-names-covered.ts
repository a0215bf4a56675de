import type { NameCandidate } from '../extract/platform-names.ts';

/** A reasoned exclusion of a platform-like name, for every document or for one (`doc`). */
export interface Exclusion {
  name: string;
  doc?: string | undefined;
}

const excludes = (e: Exclusion, c: NameCandidate) => e.name === c.name && (e.doc === undefined || e.doc === c.doc);

/** Every platform-like name found in the sources has a record or a reasoned exclusion. */
export function uncoveredNames(
  candidates: readonly NameCandidate[],
  recordNames: ReadonlySet<string>,
  excluded: readonly Exclusion[],
): NameCandidate[] {
  return candidates.filter((c) => !recordNames.has(c.name) && !excluded.some((e) => excludes(e, c)));
}

export const uncoveredMessage = (c: NameCandidate): string =>
  `platform-like name “${c.name}” (${c.doc}#${c.anchor}) has no platform record and is not in platform-exclusions.yaml`;

/** Exclusions that no longer match any candidate are stale and should go. */
export function checkExclusionsUsed(candidates: readonly NameCandidate[], excluded: readonly Exclusion[]): string[] {
  return excluded
    .filter((e) => !candidates.some((c) => excludes(e, c)))
    .map(
      (e) =>
        `platform-exclusions.yaml: “${e.name}”${e.doc ? ` (${e.doc})` : ''} ` +
        'is not a name the extractor finds; remove it',
    );
}
