import { charLength, endsTerminal } from './text.ts';

/** A numbered line this short without closing punctuation is a heading, not a list item. */
export const HEADING_MAX_CHARS = 40;
/** A sentence end with more text after it: the line holds a sentence and the start of another. */
const SENTENCE_THEN_MORE = /[。！？][”’」』）)]*\S/u;

/**
 * Does the text after a numbering marker read as a heading? Short and not ending a sentence —
 * unless a sentence ends inside it and text runs on: that is a numbered item with a run-in title
 * whose first line a hard wrap cut (`（一）全力维护社会大局和谐稳定。统筹发展和安全，健全`).
 */
export const readsAsHeading = (rest: string): boolean =>
  !endsTerminal(rest) && charLength(rest) <= HEADING_MAX_CHARS && !SENTENCE_THEN_MORE.test(rest);

const CLAUSE = /[，；,;]/u;

/**
 * In hard-wrapped text a numbered line filled to the wrap width with a clause break in it
 * (`1.着力扩大国内需求，推动消费和投资良性循环，持续`) is the first line of an item; a
 * full-width line without one may still be a heading that happens to fill the line.
 */
export const startsWrappedItem = (rest: string, fullWidth: boolean): boolean => fullWidth && CLAUSE.test(rest);
