import { describe, expect, test } from 'vitest';
import { checkPlatformParents } from './platform-parents.ts';

describe('checkPlatformParents', () => {
  test('a tree of branches passes', () => {
    expect(checkPlatformParents([{ id: 'a' }, { id: 'b', parent: 'a' }, { id: 'c', parent: 'b' }])).toEqual([]);
  });

  test('a parent that is no platform is named', () => {
    expect(checkPlatformParents([{ id: 'b', parent: 'nowhere' }])).toEqual([
      'platforms/b: parent “nowhere” is no platform record',
    ]);
  });

  test('a cycle is reported with its path', () => {
    const problems = checkPlatformParents([
      { id: 'a', parent: 'c' },
      { id: 'b', parent: 'a' },
      { id: 'c', parent: 'b' },
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('platforms/a: parents form a cycle (a → c → b → a)');
  });

  test('a platform that is its own parent is a cycle', () => {
    expect(checkPlatformParents([{ id: 'a', parent: 'a' }])).toEqual(['platforms/a: parents form a cycle (a → a)']);
  });
});
