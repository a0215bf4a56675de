/**
 * Sums of printed numbers (`9.4 + 56.3 + 34.3`), exact to the decimals the source prints, without
 * floating-point noise. The one sum helper: table sum checks (scripts/extract/tables.ts) and charts use it.
 */

/** Number of decimals a printed number shows (`5.30` → 2). */
export const decimalsOf = (printed: string): number => printed.split('.')[1]?.length ?? 0;

/** The sum of printed decimals without floating-point noise: 0.62 + 50 → 50.62. */
export function exactSum(values: readonly { value: number; printed: string }[]): number {
  const digits = Math.max(0, ...values.map((v) => decimalsOf(v.printed)));
  const f = 10 ** digits;
  return values.reduce((s, v) => s + Math.round(v.value * f), 0) / f;
}

/** The printed form of a computed sum, with as many decimals as its parts: `50.62`, `102`. */
export function printSum(values: readonly { value: number; printed: string }[]): string {
  const digits = Math.max(0, ...values.map((v) => decimalsOf(v.printed)));
  return exactSum(values).toFixed(digits).replace(/\.0+$/u, '');
}
