import { documentKind } from '../document-kinds.ts';
import { citationKey } from './keys.ts';
import { authorOf } from './names.ts';
import { SITE_NAME } from './site-name.ts';
import { sentence } from './text.ts';
import { docTitle } from './titles.ts';
import type { CiteEntry } from './types.ts';

/** Escapes the characters TeX treats specially; everything else (Chinese included) stays UTF-8. */
export const escapeTex = (text: string): string =>
  text.replace(
    /[\\{}&%$#_~^]/gu,
    (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`,
  );

/**
 * A BibTeX entry (biblatex field names `urldate`, `langid` where BibTeX has none). Fields the
 * manifest does not know (journal, booktitle, publisher, year, pages) are left out, never filled.
 * The title is double-braced so styles keep its capitals. zh pages give the Chinese name and title,
 * en pages the romanized name and the title with its English translation.
 */
export function bibtex({ doc, record, ctx }: CiteEntry): string {
  const person = authorOf(doc);
  const zh = ctx.locale === 'zh';
  const via = zh
    ? `引自${SITE_NAME.zh}，数据版本 ${ctx.release}。`
    : `Accessed via ${SITE_NAME.en}, data release ${ctx.release}.`;
  const locator = record.locator ? (zh ? `${record.locator.zh}。` : `${sentence(record.locator.en)} `) : '';
  const fields: [string, string][] = [];
  if (person) fields.push(['author', zh ? person.zh : `${person.family}, ${person.given}`]);
  fields.push(['title', docTitle(doc, ctx.locale)]);
  const host = doc.origin.publication?.[ctx.locale];
  if (host) fields.push([documentKind(doc.kind).citation.form === 'article' ? 'journal' : 'booktitle', host]);
  fields.push(['note', `${locator}${via}`], ['url', ctx.url], ['urldate', ctx.accessed], ['langid', 'chinese']);
  // The URL is verbatim in biblatex; the title gets a second pair of braces.
  const value = (k: string, v: string) => (k === 'url' ? v : k === 'title' ? `{${escapeTex(v)}}` : escapeTex(v));
  const body = fields.map(([k, v]) => `  ${k} = {${value(k, v)}},`).join('\n');
  return `@${documentKind(doc.kind).citation.bibtex}{${citationKey(doc, record)},\n${body}\n}`;
}
