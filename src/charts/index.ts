/**
 * Chart components for embedding on other pages (table, country and record pages). Each takes
 * `locale` and an optional `heading` level (`'h2'` by default, `'h3'`, or `null` when the page's
 * own heading names the chart), and renders the figure with its data table, source and downloads:
 *
 *   import { TradeChart } from '../../../charts/index.ts';
 *   <TradeChart locale={locale} heading="h3" />
 *
 * `chartForTable(id)` says which chart draws a table, for pages that show tables.
 */
export { default as TradeChart } from './trade-2013/Chart.astro';
export { default as GoodsSharesChart } from './goods-shares-2010/Chart.astro';
export { default as TechnologyLevelChart } from './technology-level/Chart.astro';
export { default as KeyTechnologySourcesChart } from './key-technology-sources/Chart.astro';
export { default as MarketPositionChart } from './market-position/Chart.astro';
export { default as CooperationModesChart } from './cooperation-modes/Chart.astro';
export { default as PartnershipsTimelineChart } from './partnerships-timeline/Chart.astro';
export { default as PlatformsByCountryChart } from './platforms-by-country/Chart.astro';
export { default as PlatformsMapChart } from './platforms-map/Chart.astro';
export { default as CallFundingChart } from './call-2018-funding/Chart.astro';
export { default as ChartFigure } from './shared/ChartFigure.astro';
export { chartModel } from './load.ts';
export { CHARTS } from './registry.ts';

/** Table id → id of the chart that draws it. */
export { chartForTable } from './registry.ts';
