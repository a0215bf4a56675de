import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { periodProblems } from './periods.ts';
import { parseWithFriendlyErrors } from '../schemas/parse-with-friendly-errors.ts';
import { periodsFileSchema, type PeriodsFile } from '../schemas/periods.ts';

export const PERIODS_FILE = 'content/curated/periods.yaml';

/**
 * Reads the timeline's periods, sorted, and refuses them (file:line: reason) when they overlap
 * or leave the year an event starts in outside every period.
 */
export function readPeriods(eventYears: readonly number[], file = PERIODS_FILE): PeriodsFile {
  const text = readFileSync(file, 'utf8');
  const data = parseWithFriendlyErrors(periodsFileSchema, parse(text) ?? {}, file);
  const periods = data.periods;
  const problems = periodProblems(periods, eventYears);
  if (problems.length) {
    const lines = text.split('\n');
    const lineOf = (problem: string) => {
      const id = /period (?:id )?(\S+)/u.exec(problem)?.[1];
      const at = id ? lines.findIndex((l) => l.includes(`id: ${id}`)) : -1;
      return at >= 0 ? at + 1 : 1;
    };
    throw new Error(problems.map((p) => `${file}:${lineOf(p)}: ${p}`).join('\n'));
  }
  return { ...data, periods: [...periods].sort((a, b) => a.from - b.from) };
}
