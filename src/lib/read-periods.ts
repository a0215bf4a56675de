import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { periodProblems } from './periods.ts';
import { parseWithFriendlyErrors } from '../schemas/parse-with-friendly-errors.ts';
import { periodSchema, type Period } from '../schemas/periods.ts';

export const PERIODS_FILE = 'content/curated/periods.yaml';

/**
 * Reads the timeline's periods, sorted, and refuses them (file:line: reason) when they overlap
 * or leave an event's year outside every period.
 */
export function readPeriods(eventYears: readonly number[], file = PERIODS_FILE): Period[] {
  const text = readFileSync(file, 'utf8');
  const periods = parseWithFriendlyErrors(z.array(periodSchema), parse(text) ?? [], file);
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
  return periods.sort((a, b) => a.from - b.from);
}
