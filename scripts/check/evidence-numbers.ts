import type { SourceRef } from '../../src/schemas/records.ts';

/** Numbers a record states, with how each must appear in a quote. */
export interface StatedNumber {
  /** Where in the record (`year`, `figures[0].printed`). */
  field: string;
  /** Text that must occur in one of the quotes, e.g. `2018`, `6月`, `40TB`. */
  expect: string;
}

/** Every digit run in a Chinese text, for checking prose fields. */
export function digitsIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/gu)].map((m) => m[0]);
}

/** True when `needle` occurs in `hay` and, if it starts or ends with a digit, not inside a longer number. */
export function occursAsNumber(hay: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const before = /^\d/u.test(needle) ? '(?<![\\d.])' : '';
  const after = /\d$/u.test(needle) ? '(?![\\d])(?!\\.\\d)' : '';
  return new RegExp(`${before}${escaped}${after}`, 'u').test(hay.replace(/\s+/gu, ''));
}

/** Every number and date a record states occurs in one of its quotes. */
export function checkNumbers(name: string, numbers: readonly StatedNumber[], sources: readonly SourceRef[]): string[] {
  const quotes = sources.map((s) => s.quote);
  return numbers
    .filter((n) => !quotes.some((q) => occursAsNumber(q, n.expect.replace(/\s+/gu, ''))))
    .map((n) => `${name}: ${n.field} states “${n.expect}”, which none of its quotes contains`);
}
