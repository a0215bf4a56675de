import { documentKind } from '../document-kinds.ts';
import type { CiteLocale, SourceDoc } from './types.ts';

/**
 * A source document's title as a citation prints it. A title the source does not print
 * (`printed: false`, supplied by this site) is always put in square brackets, the mark of
 * supplied information in GB/T 7714 (自拟信息) and of a description in APA.
 *
 * - `zh`: the Chinese title (`第九章 全国科技援疆`, `[新疆与中亚国家科技合作（2018年）]`).
 * - `en`: the original followed by our English translation in brackets
 *   (`第九章 全国科技援疆 [Chapter 9: Nationwide S&T aid to Xinjiang]`), or only the bracketed
 *   English description when the title is supplied.
 */
export function docTitle(doc: SourceDoc, locale: CiteLocale, gap = ' '): string {
  if (!doc.title.printed) return `[${doc.title[locale]}]`;
  return locale === 'zh' ? doc.title.zh : `${doc.title.zh}${gap}[${doc.title.en}]`;
}

/** True when the document is a whole publication of its own (its title is set in italics in APA and Chicago). */
export const isStandalone = (doc: SourceDoc): boolean => documentKind(doc.kind).citation.form === 'standalone';
