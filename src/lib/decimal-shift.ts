/**
 * A printed decimal × 10^k as a plain digit string, without floating-point error
 * (`4.6`, 8 → `460000000`; `4375`, -3 → `4.375`): how 万 and 亿 amounts are restated exactly.
 */
export function shiftDecimal(decimal: string, k: number): string {
  const [int, frac = ''] = decimal.split('.');
  const digits = (int! + frac).replace(/^0+(?=\d)/u, '');
  const exp = k - frac.length;
  if (exp >= 0) return digits + '0'.repeat(exp);
  const pad = digits.padStart(-exp + 1, '0');
  return `${pad.slice(0, exp)}.${pad.slice(exp)}`.replace(/\.?0+$/u, '');
}
