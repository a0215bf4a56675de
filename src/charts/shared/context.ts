import type { SiteData } from '../../data/site-data.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import type { Country } from '../../schemas/records.ts';
import type { TableRecord } from '../../schemas/tables.ts';
import type { Label } from './labels.ts';
import type { ChartModel } from './model.ts';

/** What a chart's model builder works from: the site's data and the page's language. */
export interface ChartContext {
  data: SiteData;
  locale: Locale;
  t: ReturnType<typeof useTranslations>;
}

export const chartContext = (data: SiteData, locale: Locale): ChartContext => ({
  data,
  locale,
  t: useTranslations(locale),
});

/** A table record by id; throws when the collection lacks it. */
export function tableById(data: SiteData, id: string): TableRecord {
  const table = data.tables.find((x) => x.id === id);
  if (!table) throw new Error(`charts: the tables collection has no table “${id}”`);
  return table;
}

/** The document a table comes from, with links to the table in the reader and to its own page. */
export function tableSource(
  { data, locale, t }: ChartContext,
  table: TableRecord,
  extra: ChartModel['source']['links'] = [],
): ChartModel['source'] {
  const doc = data.documents.find((d) => d.slug === table.doc);
  return {
    document: { text: doc?.title[locale] ?? table.doc },
    links: [
      { text: t('charts.inReader'), href: `/${locale}/sources/${table.doc}/#${table.anchor}` },
      { text: t('charts.tablePage'), href: `/${locale}/tables/${table.id}/` },
      ...extra,
    ],
  };
}

/** A country's name in the page's language (Chinese from the glossary on Chinese pages). */
export const countryLabel = ({ data, locale }: ChartContext, code: Country): Label => {
  const e = data.names.country(code);
  return { text: locale === 'zh' ? e.zh : e.en };
};

/** A list in running text: `A、B和C` / `A, B and C`. */
export const listOf = (items: readonly string[], locale: Locale): string =>
  new Intl.ListFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { type: 'conjunction' }).format(items);
