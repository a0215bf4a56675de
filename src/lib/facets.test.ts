import { describe, expect, test } from 'vitest';
import { combinations, facetOptions, matches, parseSelectionKey, select, selectionKey, type Facet } from './facets.ts';

interface R {
  countries: string[];
  kind: string;
}
const facets: Facet<R>[] = [
  { key: 'country', values: ['kz', 'tj', 'none'], of: (r) => (r.countries.length ? r.countries : ['none']) },
  { key: 'kind', values: ['lab', 'park'], of: (r) => [r.kind] },
];
const records: R[] = [
  { countries: ['kz', 'tj'], kind: 'lab' },
  { countries: ['tj'], kind: 'park' },
  { countries: [], kind: 'lab' },
];

describe('facets', () => {
  test('matches(record, facets, selection) needs every picked value', () => {
    expect(matches(records[0]!, facets, { country: 'tj', kind: 'lab' })).toBe(true);
    expect(matches(records[1]!, facets, { country: 'tj', kind: 'lab' })).toBe(false);
    expect(matches(records[1]!, facets, { country: null, kind: null })).toBe(true);
  });

  test('filters combine instead of replacing each other', () => {
    expect(select(records, facets, { country: 'tj', kind: 'park' })).toEqual([records[1]]);
  });

  test('combinations lists every non-empty selection once, "any" first', () => {
    const all = combinations(records, facets);
    expect(all[0]).toEqual({ country: null, kind: null });
    for (const s of all) expect(select(records, facets, s).length).toBeGreaterThan(0);
    expect(new Set(all.map((s) => selectionKey(facets, s))).size).toBe(all.length);
    expect(all.map((s) => selectionKey(facets, s))).not.toContain('kz/park');
  });

  test('selectionKey and parseSelectionKey round-trip and reject unknown values', () => {
    expect(parseSelectionKey(facets, selectionKey(facets, { country: 'kz', kind: null }))).toEqual({
      country: 'kz',
      kind: null,
    });
    expect(parseSelectionKey(facets, 'xx/all')).toBeNull();
    expect(parseSelectionKey(facets, 'kz')).toBeNull();
  });

  test('facetOptions counts what each choice would give with the rest of the selection kept', () => {
    const kinds = facetOptions(records, facets, { country: 'tj', kind: null }, 'kind');
    expect(kinds).toEqual([
      { value: null, count: 2, selected: true },
      { value: 'lab', count: 1, selected: false },
      { value: 'park', count: 1, selected: false },
    ]);
  });
});
