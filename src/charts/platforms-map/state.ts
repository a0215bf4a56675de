import { topLevelOf } from '../../lib/platform-tree.ts';
import type { Country } from '../../schemas/records.ts';

/** The fields of a platform record the map reads. */
export interface MapPlatformInput {
  id: string;
  countries: readonly Country[];
  /** Id of the platform it belongs to (a branch's centre, a station's institute). */
  parent?: string | undefined;
}

export interface MapCountry {
  code: Country;
  /** The country's own units (see `mapState`), in id order. */
  ids: string[];
}

export interface MapState {
  countries: MapCountry[];
  /** Top-level platforms whose sources name no partner country. */
  none: number;
  /** Top-level platforms in all. */
  topLevel: number;
  /** Sub-units counted under their parent (records whose parent is counted in the same scope). */
  subUnits: number;
}

/**
 * Platforms → per partner country in `order`, the platforms counted on their own there, as every
 * count of the site does (`topLevelOf` in src/lib/platform-tree.ts): a sub-unit is counted under its
 * parent where both name the country, and as the country's own unit where its parent is credited
 * elsewhere. A platform naming several countries counts in each.
 */
export function mapState(platforms: readonly MapPlatformInput[], order: readonly Country[]): MapState {
  const own = (scope: readonly MapPlatformInput[]) =>
    topLevelOf(scope)
      .map((p) => p.id)
      .sort();
  const top = topLevelOf(platforms);
  return {
    countries: order.map((code) => ({ code, ids: own(platforms.filter((p) => p.countries.includes(code))) })),
    none: topLevelOf(platforms.filter((p) => p.countries.length === 0)).length,
    topLevel: top.length,
    subUnits: platforms.length - top.length,
  };
}

/** A shading class: counts from `min` to `max` (inclusive) share one colour. */
export interface CountBucket {
  min: number;
  max: number;
}

/**
 * Shading classes for counts 1…`max`: up to `n` ranges of equal width, whole numbers only
 * (a zero count has its own class, outside these).
 */
export function countBuckets(max: number, n: number): CountBucket[] {
  if (max < 1) return [];
  const width = Math.ceil(max / n);
  const out: CountBucket[] = [];
  for (let min = 1; min <= max; min += width) out.push({ min, max: Math.min(max, min + width - 1) });
  return out;
}

/** Index of the bucket that holds `count`, or -1 for zero. */
export const bucketOf = (buckets: readonly CountBucket[], count: number): number =>
  buckets.findIndex((b) => count >= b.min && count <= b.max);
