/** Citations of records and of the dataset: one pure module, one file per style. See README.md. */
export { citeRecord, STYLES, type CitationSet, type StyleId } from './cite.ts';
export { citeDataset, type DatasetCitation } from './dataset.ts';
export {
  citeCase,
  citeChart,
  citeDocument,
  citeEvent,
  citeFigure,
  citeIndicator,
  citeParagraph,
  citePlatform,
  citePolicy,
  citeTable,
  citeValue,
  type CellFacts,
} from './records.ts';
export { buildDate } from './build-date.ts';
export { absoluteUrl, citationUrl, fillOriginSlot, ORIGIN_SLOT, siteUrl, warnIfNoSiteUrl } from './site-url.ts';
export { UNKNOWN_ADDRESS } from './site-name.ts';
export type { Bilingual, CiteContext, CitedRecord, RecordKind, SourceDoc } from './types.ts';
