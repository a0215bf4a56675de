/**
 * Events per year for the timeline's overview strip: every year from the first to the last
 * event, empty years included (a gap is information). An event spanning years counts once in
 * each year it covers.
 */
export interface YearCount {
  year: number;
  count: number;
}

export function eventsPerYear(spans: readonly (readonly [number, number])[]): YearCount[] {
  if (spans.length === 0) return [];
  const counts = new Map<number, number>();
  for (const [from, to] of spans) for (let y = from; y <= to; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}
