import { siteData } from '../data/site-data.ts';
import type { Locale } from '../i18n/index.ts';
import { citeChart, citeTable, type CitedRecord } from '../lib/citation/index.ts';
import { allChartModels } from './load.ts';
import { chartDocs, CHARTS } from './registry.ts';

/**
 * What a chart's cite panel cites: a chart of one table as that table, drawn by this site; a
 * chart of records by the documents of its records. Titles in both languages.
 */
export async function chartCitation(id: string): Promise<CitedRecord> {
  const data = await siteData();
  const entry = CHARTS.find((c) => c.id === id);
  if (!entry) throw new Error(`chart citation: no chart "${id}"`);
  const titleIn = async (l: Locale) => (await allChartModels(l)).find((m) => m.id === id)!.title;
  const title = { zh: await titleIn('zh'), en: await titleIn('en') };
  const table = entry.tables.length === 1 ? data.tables.find((x) => x.id === entry.tables[0]) : undefined;
  return citeChart({ id, title, docs: chartDocs(entry, data) }, table ? citeTable(table) : null);
}
