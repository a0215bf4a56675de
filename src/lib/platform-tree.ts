/**
 * Platforms and their branches. A branch, base or sub-platform names its parent; counting it
 * beside the parent would count one unit several times, so every count offers both readings.
 * Pure: works on any records with an id and an optional parent id.
 */
export interface TreeItem {
  id: string;
  parent?: string | undefined;
}

/**
 * The records of `scope` counted on their own: those whose parent is not itself in `scope`.
 * Over all platforms these are the top-level ones; over one country's platforms, a branch whose
 * parent is credited elsewhere is that country's own unit.
 */
export function topLevelOf<T extends TreeItem>(scope: readonly T[]): T[] {
  const ids = new Set(scope.map((p) => p.id));
  return scope.filter((p) => p.parent === undefined || !ids.has(p.parent));
}

/** Both counts of a set of platforms: top-level units, and all records with their sub-units. */
export interface PlatformTally {
  topLevel: number;
  withSubUnits: number;
}

export function tallyPlatforms(scope: readonly TreeItem[]): PlatformTally {
  return { topLevel: topLevelOf(scope).length, withSubUnits: scope.length };
}

/** A platform with the sub-units of it that are in the same scope, nested. */
export interface PlatformNode<T> {
  item: T;
  children: PlatformNode<T>[];
}

/** `scope` as a forest: top-level records in their given order, each with its branches below it. */
export function nestPlatforms<T extends TreeItem>(scope: readonly T[]): PlatformNode<T>[] {
  const ids = new Set(scope.map((p) => p.id));
  const node = (item: T, seen: ReadonlySet<string>): PlatformNode<T> => ({
    item,
    // `seen` guards against a cycle the validator would already have refused.
    children: scope
      .filter((c) => c.parent === item.id && !seen.has(c.id))
      .map((c) => node(c, new Set([...seen, c.id]))),
  });
  return scope.filter((p) => p.parent === undefined || !ids.has(p.parent)).map((p) => node(p, new Set([p.id])));
}
