import { describe, expect, test } from 'vitest';
import { checkExclusionsUsed, uncoveredNames } from './platform-names-covered.ts';

const candidates = [
  { name: '科技创新合作平台', doc: 'report-a', anchor: 'p-1' },
  { name: '科技创新合作平台', doc: 'report-b', anchor: 'p-2' },
];

describe('platform exclusions', () => {
  test('an exclusion without a document holds everywhere', () => {
    expect(uncoveredNames(candidates, new Set(), [{ name: '科技创新合作平台' }])).toEqual([]);
  });
  test('an exclusion scoped to a document holds only there', () => {
    expect(
      uncoveredNames(candidates, new Set(), [{ name: '科技创新合作平台', doc: 'report-a' }]).map((c) => c.doc),
    ).toEqual(['report-b']);
  });
  test('a scoped exclusion that matches nothing in its document is stale', () => {
    expect(checkExclusionsUsed(candidates, [{ name: '科技创新合作平台', doc: 'report-c' }])).toHaveLength(1);
  });
});
