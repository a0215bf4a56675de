import { MONTHS_EN } from '../format-date.ts';

/** `2026-11-23` → `[2026, 11, 23]`; throws on anything else, so a bad date never reaches a citation. */
export function dateParts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) throw new Error(`citation: expected a YYYY-MM-DD date, got "${iso}"`);
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number];
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31)
    throw new Error(`citation: no such date "${iso}"`);
  return parts;
}

/** `November 23, 2026` — the date form of APA and Chicago. */
export function longDateEn(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/** `2026/11/23` — the RIS date form. */
export const risDate = (iso: string): string =>
  dateParts(iso)
    .join('/')
    .replace(/\/(\d)(?=\/|$)/gu, '/0$1');
