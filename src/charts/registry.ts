import type { SiteData } from '../data/site-data.ts';
import type { Locale } from '../i18n/index.ts';
import { fundingModel } from './call-2018-funding/model.ts';
import { MODES_TABLE, modesModel } from './cooperation-modes/model.ts';
import { GOODS_TABLE, goodsModel } from './goods-shares-2010/model.ts';
import { PARTNERSHIP_TABLE, timelineModel } from './partnerships-timeline/model.ts';
import { platformModel } from './platforms-by-country/model.ts';
import { mapModel } from './platforms-map/model.ts';
import type { ChartModel } from './shared/model.ts';
import { SURVEY_CHARTS, surveyModel } from './survey-compare/model.ts';
import { LEVEL_TABLE, levelModel } from './technology-level/model.ts';
import { TRADE_TABLE, tradeModel } from './trade-2013/model.ts';

/** A chart: its id (its URL) and the function that builds it from the site's data. */
export interface ChartEntry {
  id: string;
  /** Ids of the source tables it draws (none for charts of records). */
  tables: readonly string[];
  build: (data: SiteData, locale: Locale) => ChartModel;
  /** Slugs of the source documents a chart of records draws on (a table's chart cites its table's). */
  docs?: (data: SiteData) => string[];
}

/** The documents that platform records quote, in document order. */
const platformDocs = (d: SiteData): string[] =>
  d.documents.map((doc) => doc.slug).filter((slug) => d.platforms.some((p) => p.sources.some((s) => s.doc === slug)));

/** Every chart, in the gallery's order. */
export const CHARTS: readonly ChartEntry[] = [
  { id: 'trade-2013', tables: [TRADE_TABLE], build: tradeModel },
  { id: 'goods-shares-2010', tables: [GOODS_TABLE], build: goodsModel },
  { id: 'technology-level', tables: [LEVEL_TABLE], build: levelModel },
  {
    id: 'key-technology-sources',
    tables: [SURVEY_CHARTS['key-technology-sources'].table],
    build: (d, l) => surveyModel('key-technology-sources', d, l),
  },
  {
    id: 'market-position',
    tables: [SURVEY_CHARTS['market-position'].table],
    build: (d, l) => surveyModel('market-position', d, l),
  },
  { id: 'cooperation-modes', tables: [MODES_TABLE], build: modesModel },
  { id: 'partnerships-timeline', tables: [PARTNERSHIP_TABLE], build: timelineModel },
  { id: 'platforms-map', tables: [], build: mapModel, docs: platformDocs },
  { id: 'platforms-by-country', tables: [], build: platformModel, docs: platformDocs },
  {
    id: 'call-2018-funding',
    tables: [],
    build: fundingModel,
    docs: (d) => [...new Set(d.programmes.map((p) => p.doc))],
  },
];

/** The source documents a chart draws on: its tables' documents, else what its entry names. */
export const chartDocs = (c: ChartEntry, data: SiteData): string[] =>
  c.tables.length
    ? [...new Set(c.tables.map((id) => data.tables.find((t) => t.id === id)!.doc))]
    : (c.docs?.(data) ?? []);

/** The id of the chart that draws a source table, or undefined. */
export const chartForTable = (tableId: string): string | undefined =>
  CHARTS.find((c) => c.tables.includes(tableId))?.id;
