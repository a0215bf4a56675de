import { describe, expect, test } from 'vitest';
import { checkFormerIds } from './former-ids.ts';

const live = new Map([['organisations', new Set(['new-name', 'other'])]]);
const entry = (from: string, to: string, section = 'organisations', line = 4) => ({
  section,
  from,
  to,
  since: '2026-12-01',
  why: 'renamed',
  line,
});

describe('checkFormerIds', () => {
  test('an old id of a live record passes', () => {
    expect(checkFormerIds([entry('old-name', 'new-name')], live, 'f.yaml')).toEqual([]);
  });
  test('a former id that is a live id, or that points nowhere, is reported with file and line', () => {
    expect(checkFormerIds([entry('other', 'new-name'), entry('old-name', 'gone')], live, 'f.yaml')).toEqual([
      'f.yaml:4: former id organisations/other is the id of a live record; its old address would hide it',
      'f.yaml:4: organisations/old-name points at organisations/gone, which is not a live record id',
    ]);
  });
  test('a duplicate entry and an unknown section are reported', () => {
    const entries = [entry('a', 'other'), entry('a', 'new-name'), entry('b', 'x', 'nowhere')];
    const problems = checkFormerIds(entries, live, 'f.yaml');
    expect(problems).toEqual([
      'f.yaml:4: former id organisations/a is listed twice',
      'f.yaml:4: section “nowhere” has no record pages (one of: organisations)',
    ]);
  });
});
