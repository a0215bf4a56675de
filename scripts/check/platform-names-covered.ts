import type { NameCandidate } from '../extract/platform-names.ts';

/** Every platform-like name found in the sources has a record or a reasoned exclusion. */
export function checkNamesCovered(candidates: readonly NameCandidate[], recordNames: ReadonlySet<string>, excluded: ReadonlySet<string>): string[] {
  return candidates
    .filter((c) => !recordNames.has(c.name) && !excluded.has(c.name))
    .map((c) => `platform-like name “${c.name}” (${c.doc}#${c.anchor}) has no platform record and is not in platform-exclusions.yaml`);
}

/** Exclusions that no longer match any candidate are stale and should go. */
export function checkExclusionsUsed(candidates: readonly NameCandidate[], excluded: ReadonlySet<string>): string[] {
  const found = new Set(candidates.map((c) => c.name));
  return [...excluded].filter((n) => !found.has(n)).map((n) => `platform-exclusions.yaml: “${n}” is not a name the extractor finds; remove it`);
}
