/** A platform and the id of the platform it belongs to, if any. */
export interface ParentLink {
  id: string;
  parent?: string | undefined;
}

/**
 * Every parent is another platform and following parents always ends at a top-level platform:
 * a loop would make “counted with its parent” meaningless and hang the pages that nest branches.
 */
export function checkPlatformParents(platforms: readonly ParentLink[]): string[] {
  const byId = new Map(platforms.map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const p of platforms) {
    if (p.parent === undefined) continue;
    if (!byId.has(p.parent)) {
      problems.push(`platforms/${p.id}: parent “${p.parent}” is no platform record`);
      continue;
    }
    const seen = [p.id];
    for (let at = byId.get(p.parent); at; at = at.parent === undefined ? undefined : byId.get(at.parent)) {
      if (seen.includes(at.id)) {
        problems.push(`platforms/${p.id}: parents form a cycle (${[...seen, at.id].join(' → ')})`);
        break;
      }
      seen.push(at.id);
    }
  }
  return problems;
}
