/**
 * Combined filters over a collection (platforms by country × kind × status, events by country ×
 * kind × period). A selection picks at most one value per facet; a record matches when every
 * picked value is among the record's values for that facet. Pure, so the static pages (one per
 * non-empty combination, the no-JavaScript way to filter) and their links come from one place.
 */

/** One facet: its values in display order, and the values a record has (a platform's countries). */
export interface Facet<T> {
  key: string;
  values: readonly string[];
  of: (record: T) => readonly string[];
}

/** A value per facet key, or null for "any". */
export type Selection = Readonly<Record<string, string | null>>;

export const matches = <T>(record: T, facets: readonly Facet<T>[], selection: Selection): boolean =>
  facets.every((f) => {
    const want = selection[f.key] ?? null;
    return want === null || f.of(record).includes(want);
  });

export const select = <T>(records: readonly T[], facets: readonly Facet<T>[], selection: Selection): T[] =>
  records.filter((r) => matches(r, facets, selection));

/** The selection with nothing picked. */
export const anySelection = <T>(facets: readonly Facet<T>[]): Selection =>
  Object.fromEntries(facets.map((f) => [f.key, null]));

/**
 * Every selection that matches at least one record, "any" included, in a stable order (facet
 * order, then value order); these are the pages to build.
 */
export function combinations<T>(records: readonly T[], facets: readonly Facet<T>[]): Selection[] {
  const seen = new Map<string, Selection>();
  for (const r of records) {
    let partial: Record<string, string | null>[] = [{}];
    for (const f of facets) {
      const options = [null, ...f.values.filter((v) => f.of(r).includes(v))];
      partial = partial.flatMap((p) => options.map((v) => ({ ...p, [f.key]: v })));
    }
    for (const s of partial) seen.set(selectionKey(facets, s), s);
  }
  const rank = (f: Facet<T>, v: string | null) => (v === null ? -1 : f.values.indexOf(v));
  return [...seen.values()].sort((a, b) => {
    for (const f of facets) {
      const d = rank(f, a[f.key] ?? null) - rank(f, b[f.key] ?? null);
      if (d !== 0) return d;
    }
    return 0;
  });
}

/** A string naming a selection, "any" as `all`: `kz/all/built`. */
export const selectionKey = <T>(facets: readonly Facet<T>[], selection: Selection): string =>
  facets.map((f) => selection[f.key] ?? 'all').join('/');

/** Reads a selection back from its key; null when a part is not a value of its facet. */
export function parseSelectionKey<T>(facets: readonly Facet<T>[], key: string): Selection | null {
  const parts = key.split('/');
  if (parts.length !== facets.length) return null;
  const out: Record<string, string | null> = {};
  for (const [i, f] of facets.entries()) {
    const v = parts[i]!;
    if (v !== 'all' && !f.values.includes(v)) return null;
    out[f.key] = v === 'all' ? null : v;
  }
  return out;
}

/**
 * The choices for one facet given the rest of the selection: each value with the number of
 * records the selection would match if that value were picked, so every link says what it gives.
 * Values that no record has at all are left out.
 */
export function facetOptions<T>(
  records: readonly T[],
  facets: readonly Facet<T>[],
  selection: Selection,
  key: string,
): { value: string | null; count: number; selected: boolean }[] {
  const facet = facets.find((f) => f.key === key);
  if (!facet) throw new Error(`facets: no facet ${key}`);
  const used = facet.values.filter((v) => records.some((r) => facet.of(r).includes(v)));
  return [null, ...used].map((value) => ({
    value,
    count: select(records, facets, { ...selection, [key]: value }).length,
    selected: (selection[key] ?? null) === value,
  }));
}
