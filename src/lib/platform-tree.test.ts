import { describe, expect, test } from 'vitest';
import { nestPlatforms, tallyPlatforms, topLevelOf } from './platform-tree.ts';

const all = [{ id: 'centre' }, { id: 'branch', parent: 'centre' }, { id: 'lab', parent: 'branch' }, { id: 'other' }];

describe('platform tree', () => {
  test('over all platforms, top-level means no parent', () => {
    expect(topLevelOf(all).map((p) => p.id)).toEqual(['centre', 'other']);
    expect(tallyPlatforms(all)).toEqual({ topLevel: 2, withSubUnits: 4 });
  });

  test('within a scope, a branch whose parent is outside it counts on its own', () => {
    const abroad = all.filter((p) => p.id === 'branch' || p.id === 'lab');
    expect(topLevelOf(abroad).map((p) => p.id)).toEqual(['branch']);
    expect(tallyPlatforms(abroad)).toEqual({ topLevel: 1, withSubUnits: 2 });
  });

  test('nesting puts every record once, under its parent', () => {
    const forest = nestPlatforms(all);
    expect(forest.map((n) => n.item.id)).toEqual(['centre', 'other']);
    expect(forest[0]!.children[0]!.item.id).toBe('branch');
    expect(forest[0]!.children[0]!.children[0]!.item.id).toBe('lab');
    const flat = (ns: typeof forest): string[] => ns.flatMap((n) => [n.item.id, ...flat(n.children)]);
    expect(flat(forest).sort()).toEqual(all.map((p) => p.id).sort());
  });
});
