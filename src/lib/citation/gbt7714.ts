import { documentKind } from '../document-kinds.ts';
import { authorOf } from './names.ts';
import { SITE_NAME } from './site-name.ts';
import { docTitle } from './titles.ts';
import type { CiteEntry } from './types.ts';

/**
 * GB/T 7714 《信息与文献 参考文献著录规则》.
 *
 * Edition: GB/T 7714—2025, published 2025 and in force since 2026-07-01, replacing GB/T 7714—2015
 * (announcement of the drafting body, Wuhan University, news.whu.edu.cn/info/1015/489767.htm; the
 * `gbt7714` BibTeX package implements it as `gbt7714-2025-*.bst`). Checked on 2026-11-23. The forms
 * used here (type codes J/M/Z with the carrier `/OL`, `//` before the host of a part, `[出版地不详]:
 * [出版者不详]` / `[S.l.]: [s.n.]` for what is not known, `[引用日期]` then the access path) are the
 * same in both editions, so a reader bound to the 2015 edition can use them unchanged.
 *
 * Shape (顺序编码制, without the number):
 *   责任者. 题名[类型/OL]//出处. 出版地: 出版者: 定位. 本站, 数据版本 R[引用日期]. URL.
 * - 责任者 only when the text names one; a Chinese name in full, in the English form the pinyin
 *   family name in capitals (`NIU Xinmin`).
 * - 定位 (locator) is the record inside the document, in place of the page numbers the texts lack.
 * - This site and its data release come after the original, as the place the text was accessed.
 */

const UNSTATED = {
  zh: { journal: '[刊名不详]', yearbook: '[年鉴名称不详]', place: '[出版地不详]', publisher: '[出版者不详]', release: '数据版本' },
  en: { journal: '[journal not stated]', yearbook: '[yearbook not stated]', place: '[S.l.]', publisher: '[s.n.]', release: 'data release' },
} as const;

export function gbt7714({ doc, record, ctx }: CiteEntry): string {
  const words = UNSTATED[ctx.locale];
  const person = authorOf(doc);
  const author = person ? `${ctx.locale === 'zh' ? person.zh : `${person.family.toUpperCase()} ${person.given}`.trim()}. ` : '';
  const { citation } = documentKind(doc.kind);
  const title = `${docTitle(doc, ctx.locale, '')}[${citation.gbt7714}/OL]`;
  const host = doc.origin.publication?.[ctx.locale];
  const publication =
    citation.form === 'article'
      ? `${title}. ${host ?? words.journal}`
      : citation.form === 'part'
        ? `${title}//${host ?? words.yearbook}. ${words.place}: ${words.publisher}`
        : `${title}. ${words.place}: ${words.publisher}`;
  const locator = record.locator ? `: ${record.locator[ctx.locale]}` : '';
  const site = `${SITE_NAME[ctx.locale]}, ${words.release} ${ctx.release}`;
  return `${author}${publication}${locator}. ${site}[${ctx.accessed}]. ${ctx.url}.`;
}
