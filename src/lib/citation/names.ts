import type { SourceDoc } from './types.ts';

/** An author's name in the forms the styles need. */
export interface PersonName {
  /** As printed in Chinese (`牛新民`). */
  zh: string;
  /** Romanized family name (`Niu`). */
  family: string;
  /** Romanized given name (`Xinmin`). */
  given: string;
}

/**
 * The author of a source document, or null when the text names none. The manifest writes a
 * Chinese name's romanization family name first (`Niu Xinmin`), so the first word is the
 * family name; nothing is guessed beyond that.
 */
export function authorOf(doc: SourceDoc): PersonName | null {
  const a = doc.origin.author;
  if (!a) return null;
  const [family = a.en, ...rest] = a.en.trim().split(/\s+/u);
  return { zh: a.zh, family, given: rest.join(' ') };
}

/** APA initials: `Xinmin` → `X.`, `Xin-min` → `X.-M.`, `Mary Ann` → `M. A.` */
export const initials = (given: string): string =>
  given
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
