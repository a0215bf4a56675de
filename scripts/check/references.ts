/** Ids a record points at (parent, related) exist. */
export function checkReferences(refs: readonly { from: string; to: string }[], ids: ReadonlySet<string>): string[] {
  return refs.filter((r) => !ids.has(r.to)).map((r) => `${r.from}: refers to “${r.to}”, which is no record id`);
}
