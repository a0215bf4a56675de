import { topLevelOf } from '../../lib/platform-tree.ts';
import type { Country, PlatformKind } from '../../schemas/records.ts';

/** The fields of a platform record the chart reads. */
export interface PlatformInput {
  id: string;
  kind: PlatformKind;
  countries: readonly Country[];
  /** Id of the platform it is a branch or sub-unit of. */
  parent?: string | undefined;
}

/** A column: a partner country, or null for platforms whose sources name no country. */
export type PlatformColumn = Country | null;

export interface PlatformCell {
  column: PlatformColumn;
  kind: PlatformKind;
  /** Ids of the platforms in this cell, in id order. */
  ids: string[];
  /** Of `ids`, the branches and sub-units of a platform credited to the same column. */
  subUnits: string[];
}

export interface PlatformState {
  columns: PlatformColumn[];
  /** Kinds that occur, most frequent first. */
  kinds: { kind: PlatformKind; count: number }[];
  cells: PlatformCell[];
  /** Platform records per column, sub-units included (a platform naming several countries counts in each). */
  columnTotals: number[];
  /** Per column, platforms not counting the sub-units of a platform in the same column. */
  columnTopLevel: number[];
  /** Number of platform records, sub-units included. */
  platforms: number;
  /** Number of top-level platforms (records with no parent). */
  topLevel: number;
  /** Platforms naming more than one country. */
  multiCountry: number;
}

/**
 * Platforms → a country × kind matrix of counts. `always` columns are shown even when empty
 * (the five Central Asian countries); other countries appear when they have a platform.
 */
export function platformState(
  platforms: readonly PlatformInput[],
  order: readonly Country[],
  always: readonly Country[],
  kindOrder: readonly PlatformKind[],
): PlatformState {
  const named = new Set(platforms.flatMap((p) => p.countries));
  const columns: PlatformColumn[] = order.filter((c) => always.includes(c) || named.has(c));
  if (platforms.some((p) => p.countries.length === 0)) columns.push(null);
  const inColumn = (p: PlatformInput, c: PlatformColumn) =>
    c === null ? p.countries.length === 0 : p.countries.includes(c);
  const kinds = kindOrder
    .map((kind) => ({ kind, count: platforms.filter((p) => p.kind === kind).length }))
    .filter((k) => k.count > 0)
    .sort((a, b) => b.count - a.count || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  // Per column, the platforms counted on their own there (src/lib/platform-tree.ts).
  const ownIds = (c: PlatformColumn) => new Set(topLevelOf(platforms.filter((p) => inColumn(p, c))).map((p) => p.id));
  const ownIn = new Map(columns.map((c) => [c, ownIds(c)]));
  const cells = kinds.flatMap(({ kind }) =>
    columns.map((column) => {
      const ids = platforms
        .filter((p) => p.kind === kind && inColumn(p, column))
        .map((p) => p.id)
        .sort();
      return { column, kind, ids, subUnits: ids.filter((id) => !ownIn.get(column)!.has(id)) };
    }),
  );
  return {
    columns,
    kinds,
    cells,
    columnTotals: columns.map((c) => platforms.filter((p) => inColumn(p, c)).length),
    columnTopLevel: columns.map((c) => ownIn.get(c)!.size),
    platforms: platforms.length,
    topLevel: topLevelOf(platforms).length,
    multiCountry: platforms.filter((p) => p.countries.length > 1).length,
  };
}
