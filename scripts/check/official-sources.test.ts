import { describe, expect, test } from 'vitest';
import { checkOfficialSources } from './official-sources.ts';

const entry = (official: boolean, source?: string) => ({
  zh: '甲',
  en: 'A',
  official,
  source,
  file: 'g.yaml',
  line: 3,
});

describe('checkOfficialSources', () => {
  test('an official name with a source, and our own form without one, pass', () => {
    expect(checkOfficialSources([entry(true, 'https://example.org/ (its own site)'), entry(false)])).toEqual([]);
  });
  test('an official name without a source (or a blank one) is reported with file and line', () => {
    const problems = checkOfficialSources([entry(true), entry(true, '  ')]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^g\.yaml:3: “甲” → “A” is official: true but has no source/u);
  });
  test('without a known line the file alone is named', () => {
    expect(checkOfficialSources([{ ...entry(true), line: undefined }])[0]).toMatch(/^g\.yaml: /u);
  });
});
