import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { accountFor } from './accounting.ts';
import { parseDocument } from './parse-document.ts';
import { toJson } from '../generated-files.ts';

// Golden pairs: tests/fixtures/parse/<case>.txt → <case>.expected.json. On a mismatch the test
// writes <case>-changed.json beside it to diff; expectations are only ever written by a person
// running `UPDATE_GOLDEN=1 npx vitest run golden` outside CI, and reviewed.
const DIR = fileURLToPath(new URL('../../tests/fixtures/parse/', import.meta.url));
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));

describe('golden fixtures', () => {
  test('there is a fixture for each messy case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  test.each(cases)('%s parses to its expected tree', (name) => {
    const source = readFileSync(`${DIR}${name}.txt`, 'utf8');
    const actual = toJson(parseDocument(source, `${name}.txt`));
    const expectedPath = `${DIR}${name}.expected.json`;
    if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) writeFileSync(expectedPath, actual);
    expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
    const expected = readFileSync(expectedPath, 'utf8');
    if (actual !== expected) writeFileSync(`${DIR}${name}-changed.json`, actual);
    expect(actual).toBe(expected);
  });

  test.each(cases)('%s accounts for every character', (name) => {
    const source = readFileSync(`${DIR}${name}.txt`, 'utf8');
    const report = accountFor(source, parseDocument(source, `${name}.txt`).nodes);
    expect(report.problems).toEqual([]);
    expect(report.accountedChars).toBe(report.sourceChars);
  });
});
