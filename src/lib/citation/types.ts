import type { SourceDocument } from '../../schemas/document.ts';

/** A text in both site languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Site languages, as in src/i18n (repeated here so the module imports no JSON). */
export type CiteLocale = 'zh' | 'en';

/** What kind of thing a citation points at inside a source document. */
export type RecordKind =
  | 'document'
  | 'table'
  | 'value'
  | 'chart'
  | 'figure'
  | 'platform'
  | 'event'
  | 'case'
  | 'policy'
  | 'indicator'
  | 'paragraph';

/**
 * A record as the citation module sees it: where it lives on this site and where it comes
 * from. Built from site records by the helpers in `records.ts`.
 */
export interface CitedRecord {
  kind: RecordKind;
  /** Record id (or the anchor, for a paragraph); part of the BibTeX key and CSL id. */
  id: string;
  /** How the record is found inside the source (`表“…”` / `Table: …`); null for a whole document. */
  locator: Bilingual | null;
  /** Slugs of the source documents, in the order of the record's evidence, without repeats. */
  docs: readonly string[];
  /** Permalink inside a locale, without the locale: `tables/x/`, `sources/slug/#p-3a0f0b3f`. */
  path: string;
}

/** What the manifest knows about a source document; nothing else is ever printed. */
export type SourceDoc = Pick<SourceDocument, 'slug' | 'kind' | 'title' | 'origin'>;

/** Everything a citation needs besides the record and its source. */
export interface CiteContext {
  /** Page language: GB/T 7714 is given in its Chinese or English form, machine formats follow. */
  locale: CiteLocale;
  /** Absolute URL of the page the record was read on (see site-url.ts). */
  url: string;
  /** Access date, `YYYY-MM-DD`: the build date on the site, a fixed date in tests. */
  accessed: string;
  /** Data release identifier (package.json `version`). */
  release: string;
}

/** One source document cited for one record: the unit every style formats. */
export interface CiteEntry {
  doc: SourceDoc;
  record: CitedRecord;
  ctx: CiteContext;
}
