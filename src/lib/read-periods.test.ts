import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPeriods } from './read-periods.ts';

const write = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'periods-')), 'periods.yaml');
  writeFileSync(file, text);
  return file;
};

describe('readPeriods', () => {
  test('reads the project file, sorted, with every event start year inside a period', () => {
    const { periods } = readPeriods([]);
    expect(periods.map((p) => p.from)).toEqual([...periods.map((p) => p.from)].sort((a, b) => a - b));
  });

  test('refuses overlapping periods, naming the file and the line of the period', () => {
    const file = write(
      'phasesDoc: x\nperiods:\n  - { id: a, from: 2000, to: 2010 }\n  - { id: b, from: 2010, to: 2012 }\n',
    );
    expect(() => readPeriods([2000], file)).toThrow(`${file}:3: period a (2000–2010) overlaps b (2010–2012)`);
  });

  test('refuses a year that no period holds', () => {
    const file = write('phasesDoc: x\nperiods:\n  - { id: a, from: 2000, to: 2010 }\n');
    expect(() => readPeriods([1999], file)).toThrow('no period holds the year 1999');
  });
});
