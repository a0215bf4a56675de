import { documentKind } from '../document-kinds.ts';
import { dateParts } from './dates.ts';
import { citationKey } from './keys.ts';
import { authorOf } from './names.ts';
import { SITE_NAME } from './site-name.ts';
import { docTitle } from './titles.ts';
import type { CiteEntry } from './types.ts';

/** The CSL-JSON fields this module writes (CSL 1.0.2 variable names). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  'container-title'?: string;
  language: string;
  archive: string;
  archive_location?: string;
  URL: string;
  accessed: { 'date-parts': [[number, number, number]] };
}

/**
 * A CSL-JSON item. The record inside the document is `archive_location`, this site with its
 * data release is `archive` (where the text is kept and was read). No `issued` date: none is
 * known. zh pages give the Chinese name as a literal (its split into family and given name is not
 * recorded), en pages the romanized name.
 */
export function cslItem({ doc, record, ctx }: CiteEntry): CslItem {
  const person = authorOf(doc);
  const zh = ctx.locale === 'zh';
  const cslType = documentKind(doc.kind).citation.csl;
  const item: CslItem = {
    id: citationKey(doc, record),
    type: cslType,
    title: docTitle(doc, ctx.locale),
    language: 'zh-CN',
    archive: '',
    URL: ctx.url,
    accessed: { 'date-parts': [dateParts(ctx.accessed)] },
  };
  if (person) item.author = [zh ? { literal: person.zh } : { family: person.family, given: person.given }];
  const host = doc.origin.publication?.[ctx.locale];
  if (host) item['container-title'] = host;
  item.archive = zh ? `${SITE_NAME.zh}（数据版本 ${ctx.release}）` : `${SITE_NAME.en} (data release ${ctx.release})`;
  if (record.locator) item.archive_location = record.locator[ctx.locale];
  // Key order for a readable file: identity, work, place of access.
  const { id, type, title, author, language, archive, archive_location, URL, accessed } = item;
  return {
    id,
    type,
    title,
    ...(author && { author }),
    ...(host && { 'container-title': host }),
    language,
    archive,
    ...(archive_location && { archive_location }),
    URL,
    accessed,
  };
}

/** A date-parts array as JSON.stringify spreads it over lines, to be put back on one. */
const DATE_PARTS = /"date-parts": \[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/gu;

/** CSL-JSON text of a list of items, pretty-printed with a trailing newline. */
export const cslJson = (items: readonly object[]): string =>
  `${JSON.stringify(items, null, 2).replace(DATE_PARTS, '"date-parts": [[$1, $2, $3]]')}\n`;
