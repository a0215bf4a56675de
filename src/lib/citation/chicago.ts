import { longDateEn } from './dates.ts';
import { authorOf } from './names.ts';
import { SITE_NAME } from './site-name.ts';
import { nestQuotes, sentence } from './text.ts';
import { isStandalone } from './titles.ts';
import type { CiteEntry } from './types.ts';

/**
 * Chicago author-date reference-list entry (CMOS 17, chapter 15), in English:
 *   Niu, Xinmin. n.d. “原题” [English title]. Record. Silk Road S&T Yearbook, data release R.
 *     Accessed Month D, YYYY. URL.
 * - `n.d.` for the unknown date (15.44); an access date because there is no date of publication (14.12).
 * - A part of a larger work (article, yearbook chapter) is quoted, a whole document is not
 *   (italics cannot travel in plain text); the English translation follows in brackets (14.98).
 * - A title the source does not print is a bracketed description.
 */
export function chicago({ doc, record, ctx }: CiteEntry): string {
  const person = authorOf(doc);
  const original = doc.title.printed ? (isStandalone(doc) ? doc.title.zh : `“${nestQuotes(doc.title.zh)}”`) : null;
  const title = original ? `${original} [${doc.title.en}].` : `[${doc.title.en}].`;
  const parts = person ? [`${person.family}, ${person.given}.`, 'n.d.', title] : [title, 'n.d.'];
  if (doc.origin.publication) parts.push(sentence(doc.origin.publication.en));
  if (record.locator) parts.push(sentence(record.locator.en));
  parts.push(`${SITE_NAME.en}, data release ${ctx.release}.`, `Accessed ${longDateEn(ctx.accessed)}.`, `${ctx.url}.`);
  return parts.join(' ');
}
