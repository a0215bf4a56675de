/**
 * Timeline periods: the editors' non-overlapping year ranges. Pure checks and look-ups; the
 * reader (read-periods.ts) turns a problem into a build error naming the file and line.
 */
import type { Period } from '../schemas/periods.ts';

/** Problems of a list of periods: overlaps, duplicate ids, and years that fall in no period. */
export function periodProblems(periods: readonly Period[], years: readonly number[]): string[] {
  const problems: string[] = [];
  const sorted = [...periods].sort((a, b) => a.from - b.from);
  for (const [i, p] of sorted.entries()) {
    const next = sorted[i + 1];
    if (next && next.from <= p.to)
      problems.push(`period ${p.id} (${p.from}–${p.to}) overlaps ${next.id} (${next.from}–${next.to})`);
  }
  const ids = periods.map((p) => p.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    problems.push(`period id ${id} is used twice`);
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    if (!periods.some((p) => p.from <= y && y <= p.to)) problems.push(`no period holds the year ${y}`);
  }
  return problems;
}

/** The period a year falls in (periods do not overlap, so there is at most one). */
export const periodOf = (periods: readonly Period[], year: number): Period | undefined =>
  periods.find((p) => p.from <= year && year <= p.to);

/** A period as a reader sees it: `1988–1999`, or one year. */
export const periodLabel = (p: Period): string => (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`);
