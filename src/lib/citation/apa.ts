import { longDateEn } from './dates.ts';
import { authorOf, initials } from './names.ts';
import { SITE_NAME } from './site-name.ts';
import { docTitle } from './titles.ts';
import type { CiteEntry } from './types.ts';

/**
 * APA 7 reference, always in English (APA is an English-language style):
 *   Author, A. (n.d.). 原题 [English title] [Record]. Silk Road S&T Yearbook (Data release R).
 *     Retrieved Month D, YYYY, from URL
 * - No date of publication is known for any source, so the date is `(n.d.)` (APA 9.17); the
 *   years a document reports on are not its publication date and are never used as one.
 * - Without an author the title moves to the author position (APA 9.12).
 * - A non-English title is followed by its translation in square brackets (APA 9.38); a title the
 *   source does not print is a bracketed description (APA 9.21).
 * - The record inside the document is a bracketed description after the title.
 * - The retrieval date is given because the site's content changes between releases (APA 9.16).
 * - Italics cannot travel in plain text; the string is what a copy button copies.
 */
export function apa({ doc, record, ctx }: CiteEntry): string {
  const person = authorOf(doc);
  const title = `${docTitle(doc, 'en')}${record.locator ? ` [${record.locator.en}]` : ''}`;
  const host = doc.origin.publication ? ` ${doc.origin.publication.en}.` : '';
  const retrieved = `Retrieved ${longDateEn(ctx.accessed)}, from ${ctx.url}`;
  const source = `${SITE_NAME.en} (Data release ${ctx.release}). ${retrieved}`;
  const head = person ? `${person.family}, ${initials(person.given)} (n.d.). ${title}.` : `${title}. (n.d.).`;
  return `${head}${host} ${source}`;
}
