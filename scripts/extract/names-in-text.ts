/**
 * Whether a text names something by one of its own names. An occurrence that lies inside a
 * longer name of something else does not count: 科技厅 inside 浙江省科技厅 is Zhejiang's
 * department, 科技部 inside 上合组织科技部长例会 is not the ministry, and 中科院 inside
 * 中科院中乌医药联合中心 names that centre, not the academy. Pure; spaces are significant.
 * (`src/lib/name-match.ts` guesses from the neighbouring characters, for text where the longer
 * names are unknown; here every longer name is known, and a unit's name continues after its
 * parent's — 中科院新疆分院 — which the neighbour test cannot see.)
 */
export function namesIn(text: string, own: readonly string[], others: readonly string[]): boolean {
  const spans = (names: readonly string[]) =>
    names.filter(Boolean).flatMap((name) => {
      const found: [number, number][] = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) found.push([i, i + name.length]);
      return found;
    });
  const covering = spans(others.filter((o) => !own.includes(o)));
  return spans(own).some(([s, e]) => !covering.some(([cs, ce]) => cs <= s && ce >= e && ce - cs > e - s));
}

/**
 * The unit a name belongs to: the longest other name it begins with (新疆农业大学农学院 → 新疆农业大学,
 * 中科院新疆分院 → 中科院). Chinese names of units are printed after their parent's name.
 */
export function parentByPrefix<T>(
  own: readonly string[],
  candidates: readonly { key: T; names: readonly string[] }[],
): T | null {
  let best: { key: T; length: number } | null = null;
  for (const c of candidates)
    for (const n of c.names)
      if (own.some((o) => o.length > n.length && o.startsWith(n)) && (best === null || n.length > best.length))
        best = { key: c.key, length: n.length };
  return best?.key ?? null;
}
