import { LANG_TAG, type Locale } from '../../i18n/index.ts';
import type { TableRecord } from '../../schemas/tables.ts';

/** A piece of text with its language when it differs from the page's (Chinese on an English page). */
export interface Label {
  text: string;
  lang?: string;
}

/** The English of a document's nodes, as site-data loads it (anchor → translated node, status). */
export type EnglishIndex = ReadonlyMap<
  string,
  { nodes: ReadonlyMap<string, { cells?: string[][] | undefined }>; status: ReadonlyMap<string, string> }
>;

/**
 * Labels for the cells of a source table: the printed Chinese on Chinese pages; the project's
 * English translation of the cell on English pages, or the printed Chinese marked `zh-Hans`
 * when the table's translation is missing or outdated.
 */
export function tableLabels(
  table: TableRecord,
  english: EnglishIndex,
  locale: Locale,
): (row: number, col: number) => Label {
  const doc = english.get(table.doc);
  const cells =
    locale === 'en' && doc?.status.get(table.anchor) === 'translated' ? doc.nodes.get(table.anchor)?.cells : undefined;
  return (row, col) => {
    const printed = table.rows[row]?.[col]?.printed ?? '';
    const en = cells?.[row]?.[col]?.trim();
    if (locale === 'zh') return { text: printed };
    return en ? { text: en } : { text: printed, lang: LANG_TAG.zh };
  };
}
