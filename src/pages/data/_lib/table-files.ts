import { siteData } from '../../../data/site-data.ts';
import { useTranslations, type Locale } from '../../../i18n/index.ts';
import { citationUrl, fillOriginSlot, UNKNOWN_ADDRESS } from '../../../lib/citation/index.ts';
import { formatPeriod } from '../../../lib/format-period.ts';
import { renderTokens } from '../../../lib/quantity-en.ts';
import { tableCsv, tableFile, tableJson, type TableFileMeta } from '../../../lib/table-download.ts';
import { LICENCE } from './datapackage.ts';

/** Where a table page's own downloads live: `/data/tables/en/trade-structure-2013.csv`. */
export const tableFilePath = (locale: Locale, id: string, ext: 'csv' | 'json'): string =>
  `/data/tables/${locale}/${id}.${ext}`;

/** A table's page downloads (CSV and JSON, in one language), built from the site's data. */
export async function tableFiles(id: string, locale: Locale): Promise<{ csv: string; json: string }> {
  const { tables, documents, english } = await siteData();
  const t = useTranslations(locale);
  const table = tables.find((x) => x.id === id);
  if (!table) throw new Error(`table download: no table "${id}"`);
  const doc = documents.find((d) => d.slug === table.doc)!;
  const lineRange = `${table.lines[0]}–${table.lines[1]}`;
  const translated =
    english.get(table.doc)?.status.get(table.anchor) === 'translated'
      ? english.get(table.doc)?.nodes.get(table.anchor)
      : undefined;
  const grid =
    locale === 'en' && translated?.cells
      ? translated.cells.map((row) => row.map((x) => renderTokens(x)))
      : table.rows.map((row) => row.map((c) => c.printed));
  const meta: TableFileMeta = {
    title: table.title[locale],
    period: table.referencePeriod ? formatPeriod(table.referencePeriod, locale) : null,
    unit: table.unit?.[locale] ?? null,
    source: `${doc.title[locale]}${locale === 'zh' ? '，' : ', '}${t('reader.lines', { lines: lineRange })}`,
    licence: `${LICENCE.name} ${t('tableDownload.licenceNote')}`,
    // A file cannot learn where it was downloaded from: without SITE_URL the address is a bracketed mark.
    url: fillOriginSlot(citationUrl(`/${locale}/tables/${table.id}/`), UNKNOWN_ADDRESS[locale]),
  };
  const file = tableFile(table, grid, locale, meta);
  return { csv: tableCsv(file), json: tableJson(table, file, meta) };
}
