import { documentKind } from '../document-kinds.ts';
import { risDate } from './dates.ts';
import { citationKey } from './keys.ts';
import { authorOf } from './names.ts';
import { SITE_NAME } from './site-name.ts';
import { sentence } from './text.ts';
import { docTitle } from './titles.ts';
import type { CiteEntry } from './types.ts';

/** RIS reference types: journal article, book chapter, generic. */

/**
 * One RIS record (`TAG  - value` lines, `ER  - ` last). `TT` carries the English translation of
 * a printed title on en pages, `DB` this site, `N1` the record and the data release, `Y2` the
 * access date. Unknown fields (journal, publisher, year, pages) are left out.
 */
export function ris({ doc, record, ctx }: CiteEntry): string {
  const person = authorOf(doc);
  const zh = ctx.locale === 'zh';
  const lines: [string, string][] = [
    ['TY', documentKind(doc.kind).citation.ris],
    ['ID', citationKey(doc, record)],
  ];
  if (person) lines.push(['AU', zh ? person.zh : `${person.family}, ${person.given}`]);
  lines.push(['TI', doc.title.printed ? doc.title.zh : docTitle(doc, ctx.locale)]);
  if (!zh && doc.title.printed) lines.push(['TT', doc.title.en]);
  const host = doc.origin.publication?.[ctx.locale];
  if (host) lines.push([documentKind(doc.kind).citation.form === 'article' ? 'JO' : 'T2', host]);
  lines.push(['LA', 'zh'], ['DB', SITE_NAME[ctx.locale]]);
  const locator = record.locator ? (zh ? `${record.locator.zh}。` : `${sentence(record.locator.en)} `) : '';
  lines.push([
    'N1',
    zh
      ? `${locator}引自${SITE_NAME.zh}，数据版本 ${ctx.release}。`
      : `${locator}Accessed via ${SITE_NAME.en}, data release ${ctx.release}.`,
  ]);
  lines.push(['UR', ctx.url], ['Y2', risDate(ctx.accessed)], ['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n');
}
