/**
 * The charts for embedding on other pages (table, country and record pages): `Chart` draws any chart of
 * the registry by id, with its data table, source and downloads:
 *
 *   import { Chart } from '../../../charts/index.ts';
 *   <Chart id="trade-2013" locale={locale} heading="h3" />
 *
 * `chartForTable(id)` says which chart draws a table, for pages that show tables.
 */
export { default as Chart } from './Chart.astro';
export { default as ChartFrame } from './shared/ChartFrame.astro';
export { chartModel } from './load.ts';
export { CHARTS } from './registry.ts';

/** Table id → id of the chart that draws it. */
export { chartForTable } from './registry.ts';
