import { documentKind } from '../document-kinds.ts';
import { authorOf } from './names.ts';
import { SITE_NAME } from './site-name.ts';
import { docTitle } from './titles.ts';
import type { CiteEntry } from './types.ts';

/**
 * GB/T 7714 《信息与文献 参考文献著录规则》.
 *
 * Edition: GB/T 7714—2025, in force since 2026-07-01, replacing GB/T 7714—2015. What was checked
 * (2026-12-01): the announcement of its drafting body (Wuhan University, news.whu.edu.cn/info/1015/
 * 489767.htm) says the 2025 edition adds rules for preprints and data sets, unifies the punctuation
 * and changes the rules for personal authors and other title information. The standard's own text
 * was not available to check, so no claim is made that a form here is identical in both editions.
 *
 * Shape (顺序编码制, without the number):
 *   责任者. 题名[类型/OL]//出处. 出版地: 出版者. 定位. 本站, 数据版本 R[引用日期]. URL.
 * - 责任者 only when the text names one; a Chinese name in full, in the English form the pinyin
 *   family name in capitals (`NIU Xinmin`).
 * - 定位 (the table, paragraph or record inside the document) is an element of its own after the
 *   document. It is NOT put after a colon where the standard puts volume, issue or pages: the texts
 *   have no page numbers, and a table's name in that slot would read as one.
 * - This site and its data release come after the original, as the place the text was accessed.
 */

const UNSTATED = {
  zh: {
    journal: '[刊名不详]',
    yearbook: '[年鉴名称不详]',
    place: '[出版地不详]',
    publisher: '[出版者不详]',
    release: '数据版本',
  },
  en: {
    journal: '[journal not stated]',
    yearbook: '[yearbook not stated]',
    place: '[S.l.]',
    publisher: '[s.n.]',
    release: 'data release',
  },
} as const;

export function gbt7714({ doc, record, ctx }: CiteEntry): string {
  const words = UNSTATED[ctx.locale];
  const person = authorOf(doc);
  const author = person
    ? `${ctx.locale === 'zh' ? person.zh : `${person.family.toUpperCase()} ${person.given}`.trim()}. `
    : '';
  const { citation } = documentKind(doc.kind);
  const title = `${docTitle(doc, ctx.locale, '')}[${citation.gbt7714}/OL]`;
  const host = doc.origin.publication?.[ctx.locale];
  const publication =
    citation.form === 'article'
      ? `${title}. ${host ?? words.journal}`
      : citation.form === 'part'
        ? `${title}//${host ?? words.yearbook}. ${words.place}: ${words.publisher}`
        : `${title}. ${words.place}: ${words.publisher}`;
  const locator = record.locator ? `. ${record.locator[ctx.locale]}` : '';
  const site = `${SITE_NAME[ctx.locale]}, ${words.release} ${ctx.release}`;
  return `${author}${publication}${locator}. ${site}[${ctx.accessed}]. ${ctx.url}.`;
}
