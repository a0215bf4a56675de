import { LANG_TAG, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Label } from './labels.ts';
import type { ChartLayout } from './marks.ts';
import { standaloneStyle } from './palette.ts';
import { renderSvg } from './render-svg.ts';
import { toCsv } from '../../lib/csv.ts';

/** One cell of a chart's data table. */
export interface DataCell extends Label {
  /** Right-aligned number; `value` is what the test compares with the source. */
  value?: number | null;
  flagged?: boolean;
  /** The cell links to a page (a map's country to the country page). */
  href?: string;
}

/** The numbers behind a chart, as a table (header rows, then body rows whose first cell is the row header). */
export interface DataTable {
  head: DataCell[][];
  rows: DataCell[][];
}

export interface SourceLink extends Label {
  href: string;
}

/** Everything a page needs to show one chart, all strings already in the page's language. */
export interface ChartModel {
  id: string;
  locale: Locale;
  title: string;
  /** What is plotted, in one or two sentences (shown under the title). */
  caption: string;
  /** The key finding: the SVG's <desc> and the gallery's teaser. */
  finding: string;
  /** Inline SVG markup, wide and narrow layouts of the same marks. */
  wide: string;
  narrow: string;
  /** The downloadable SVG file (wide layout, styles embedded). */
  file: string;
  /** The wide layout without title or role, for gallery thumbnails. */
  thumb: string;
  table: DataTable;
  csv: string;
  /** Where the numbers come from: document, reader anchor, table page… */
  source: { document: Label; links: SourceLink[] };
  /** Notes on data quirks; `flag` marks a problem in the printed numbers. */
  notes: { text: string; flag?: boolean }[];
  /** The data table is shown open, beside the chart (a map's counts), not folded away. */
  dataOpen: boolean;
}

export interface ChartParts {
  id: string;
  locale: Locale;
  title: string;
  caption: string;
  finding: string;
  layouts: { wide: ChartLayout; narrow: ChartLayout };
  table: DataTable;
  csv: readonly (readonly (string | number | null)[])[];
  source: ChartModel['source'];
  notes: ChartModel['notes'];
  /** The inline SVGs hold links (see SvgFrame.interactive). */
  interactive?: boolean;
  dataOpen?: boolean;
}

/** The source line under a downloaded chart: document, site and the chart's page. */
function fileFooter(p: ChartParts): string {
  const t = useTranslations(p.locale);
  const space = p.locale === 'zh' ? '' : ' ';
  const stop = p.locale === 'zh' ? '。' : '. ';
  const page = chartPaths(p.id, p.locale).page;
  return `${t('charts.source')}${space}${p.source.document.text}${stop}${t('site.name')} ${page}`;
}

/** Renders a chart's layouts into the markup its page, its thumbnail and its SVG file use. */
export function assembleChart(p: ChartParts): ChartModel {
  const frame = (suffix: string) => ({
    id: `${p.id}-${suffix}`,
    title: p.title,
    desc: p.finding,
    cls: `chart-svg chart__svg chart__svg--${suffix}`,
    interactive: p.interactive === true,
  });
  return {
    id: p.id,
    locale: p.locale,
    title: p.title,
    caption: p.caption,
    finding: p.finding,
    wide: renderSvg(p.layouts.wide, frame('wide')),
    narrow: renderSvg(p.layouts.narrow, frame('narrow')),
    file: renderSvg(p.layouts.wide, {
      ...frame('file'),
      cls: 'chart-svg',
      standalone: { style: standaloneStyle(), lang: LANG_TAG[p.locale], footer: fileFooter(p) },
    }),
    thumb: renderSvg(p.layouts.wide, { ...frame('thumb'), cls: 'chart-svg', decorative: true }),
    table: p.table,
    csv: toCsv(p.csv),
    source: p.source,
    notes: p.notes,
    dataOpen: p.dataOpen === true,
  };
}

/** Paths of a chart's page and downloads. */
export const chartPaths = (id: string, locale: Locale) => ({
  page: `/${locale}/charts/${id}/`,
  svg: `/data/charts/${locale}/${id}.svg`,
  csv: `/data/charts/${locale}/${id}.csv`,
});
