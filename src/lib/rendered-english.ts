import type { KeyProject } from '../schemas/programmes.ts';
import { documentNumberToEnglish } from './document-number-en.ts';
import { printedToEnglish } from './quantity-en.ts';

/**
 * Whether an English page shows English for a record, judged with the same converters the pages
 * use, so the translation-status page counts what readers actually see (a value the converter
 * cannot read is shown only in Chinese, and counts as untranslated).
 */
const filled = (v: string | null | undefined) => v !== null && v !== undefined && v.trim() !== '';

/** Every text is filled and every printed value converts. */
export const rendersEnglish = (
  texts: readonly (string | null | undefined)[],
  printed: readonly string[] = [],
): boolean => texts.every(filled) && printed.every((p) => printedToEnglish(p) !== null);

/** A policy: its English title, and its document number romanised when it has one. */
export const policyRendersEnglish = (p: { titleEn: string | null | undefined; number: string | null }): boolean =>
  filled(p.titleEn) && (p.number === null || documentNumberToEnglish(p.number) !== null);

/** A key project of the call: its English title and the reader's English of every passage and value its page shows. */
export function keyProjectRendersEnglish(
  k: KeyProject,
  title: string | null,
  englishOf: (anchor: string) => string | undefined,
): boolean {
  const passages = [...k.goals, ...k.tasks, ...k.indicators, ...k.requirements];
  return (
    filled(title) &&
    passages.every((p) => filled(englishOf(p.anchor))) &&
    rendersEnglish(
      [],
      k.indicators.flatMap((i) => i.quantities.map((q) => q.printed)),
    )
  );
}
