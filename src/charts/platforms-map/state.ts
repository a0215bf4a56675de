import type { Country } from '../../schemas/records.ts';

/** The fields of a platform record the map reads. */
export interface MapPlatformInput {
  id: string;
  countries: readonly Country[];
  /** Id of the platform it belongs to; sub-units (branches, stations) are not counted on the map. */
  parent?: string | null | undefined;
}

export interface MapCountry {
  code: Country;
  /** Top-level platforms naming this country as a partner, in id order. */
  ids: string[];
}

export interface MapState {
  countries: MapCountry[];
  /** Top-level platforms whose sources name no partner country. */
  none: number;
  /** Top-level platforms in all. */
  topLevel: number;
  /** Sub-units left out of the counts. */
  subUnits: number;
}

/**
 * Platforms → a count of top-level platforms (records without a parent) per partner country,
 * for every country in `order`; a platform naming several countries counts in each.
 */
export function mapState(platforms: readonly MapPlatformInput[], order: readonly Country[]): MapState {
  const top = platforms.filter((p) => !p.parent);
  return {
    countries: order.map((code) => ({
      code,
      ids: top.filter((p) => p.countries.includes(code)).map((p) => p.id).sort(),
    })),
    none: top.filter((p) => p.countries.length === 0).length,
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
