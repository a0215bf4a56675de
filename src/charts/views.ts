import type { Locale } from '../i18n/index.ts';

/**
 * The views of a chart page, as Our World in Data has them: the chart, its data table, its
 * sources. Each is a page of its own, so the view is in the URL and works without JavaScript.
 */
export const CHART_VIEWS = ['chart', 'table', 'sources'] as const;
export type ChartView = (typeof CHART_VIEWS)[number];

/** `/en/charts/trade-2013/`, `/en/charts/trade-2013/table/`, `/en/charts/trade-2013/sources/`. */
export const chartViewPath = (locale: Locale, id: string, view: ChartView): string =>
  `/${locale}/charts/${id}/${view === 'chart' ? '' : `${view}/`}`;
