/** Character classes and measures for Chinese text as laid out in the seeds. */

/** Sentence- or clause-final punctuation, optionally followed by closing quotes or brackets. */
const TERMINAL = /[。！？；：!?;:…][”’」』）)】》]*$/u;
const ANY_PUNCTUATION = /[，。；：、,;:！？!?]/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;

/** True when the text ends a sentence or clause, so a following line starts something new. */
export const endsTerminal = (text: string): boolean => TERMINAL.test(text.trimEnd());

export const hasPunctuation = (text: string): boolean => ANY_PUNCTUATION.test(text);

/** Display width in half-width units: CJK and full-width forms count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Number of code points, the length a reader perceives. */
export const charLength = (text: string): number => [...text].length;

/** Characters that count for accounting: everything but whitespace. */
export const nonBlank = (text: string): string => text.replace(/\s+/gu, '');

/**
 * Joins two lines that a PDF hard wrap split. Chinese needs no space at the seam; two Latin
 * words do, and a number and a word (`40` + `TB`). A digit seam never gets one: a wrap between
 * two digits is inside a number (`500` + `0亿元` is `5000亿元`), and a number is shown as printed.
 */
export function joinWrapped(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (!a) return b;
  if (!b) return a;
  const digitSeam = DIGIT.test(a.at(-1) ?? '') && DIGIT.test(b[0] ?? '');
  const needsSpace = !digitSeam && LATIN_OR_DIGIT.test(a.at(-1) ?? '') && LATIN_OR_DIGIT.test(b[0] ?? '');
  return needsSpace ? `${a} ${b}` : a + b;
}
