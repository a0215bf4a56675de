import type { SiteData } from '../../data/site-data.ts';
import type { Locale } from '../../i18n/index.ts';
import { quantityToEnglish } from '../../lib/quantity-en.ts';
import { chartContext, countryLabel, listOf, tableById, tableSource } from '../shared/context.ts';
import { tableLabels } from '../shared/labels.ts';
import { assembleChart, type ChartModel, type DataCell } from '../shared/model.ts';
import { tradeLayout, type TradeText } from './layout.ts';
import { tradeState, type TradeRow } from './state.ts';

export const TRADE_TABLE = 'trade-structure-2013';

/** 2013 trade structure: diverging bars of China's imports and exports per country. */
export function tradeModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const table = tableById(data, TRADE_TABLE);
  const state = tradeState(table);
  const cell = tableLabels(table, data.english, locale);
  const name = (r: TradeRow) => countryLabel(ctx, r.country).text;
  const money = (printed: string) =>
    locale === 'en' ? quantityToEnglish(`${printed}亿美元`).text : `${printed} 亿美元`;
  const text: TradeText = {
    country: (c) => countryLabel(ctx, c),
    imports: t('charts.trade.imports'),
    exports: t('charts.trade.exports'),
    total: t('charts.trade.total'),
    mismatch: (r) => t('charts.trade.mismatch', { sum: r.sum.printed }),
    mismatchKey: t('charts.trade.mismatchKey'),
    unit: t('charts.trade.unit'),
    tip: (r, side) =>
      side === 'total'
        ? t('charts.trade.tipTotal', {
            country: name(r),
            value: r.total.printed,
            money: money(r.total.printed),
            sum: r.sum.printed,
          })
        : t(side === 'imports' ? 'charts.trade.tipImports' : 'charts.trade.tipExports', {
            country: name(r),
            value: r[side].printed,
            money: money(r[side].printed),
            goods: cell(r.row, side === 'imports' ? state.columns.importGoods : state.columns.exportGoods).text,
          }),
  };

  const largest = state.rows.reduce((a, b) => (b.total.value > a.total.value ? b : a));
  const importHeavy = state.rows.filter((r) => r.imports.value > r.exports.value).map(name);
  const exportHeavy = state.rows.filter((r) => r.exports.value > r.imports.value).map(name);
  const mismatched = state.rows.filter((r) => r.mismatch);
  const finding = [
    t('charts.trade.finding', {
      largest: name(largest),
      total: largest.total.printed,
      importHeavy: listOf(importHeavy, locale),
      exportHeavy: listOf(exportHeavy, locale),
    }),
    mismatched.length ? t('charts.trade.findingMismatch', { countries: listOf(mismatched.map(name), locale) }) : '',
  ].join(locale === 'zh' ? '' : ' ');

  const num = (a: { value: number; printed: string }, flagged = false): DataCell => ({
    text: a.printed,
    value: a.value,
    flagged,
  });
  const goods = (r: TradeRow, c: number): DataCell => cell(r.row, c);
  return assembleChart({
    id: 'trade-2013',
    locale,
    title: t('charts.trade.title'),
    caption: t('charts.trade.caption'),
    finding: finding.trim(),
    layouts: { wide: tradeLayout(state, text, false), narrow: tradeLayout(state, text, true) },
    table: {
      head: [
        [
          t('charts.col.country'),
          t('charts.trade.total'),
          t('charts.trade.imports'),
          t('charts.trade.importGoods'),
          t('charts.trade.exports'),
          t('charts.trade.exportGoods'),
          t('charts.trade.sum'),
        ].map((s) => ({ text: s })),
      ],
      rows: state.rows.map((r) => [
        countryLabel(ctx, r.country),
        num(r.total, r.mismatch),
        num(r.imports),
        goods(r, state.columns.importGoods),
        num(r.exports),
        goods(r, state.columns.exportGoods),
        num(r.sum, r.mismatch),
      ]),
    },
    csv: [
      [
        'ISO',
        t('charts.col.country'),
        t('charts.trade.total'),
        t('charts.trade.imports'),
        t('charts.trade.exports'),
        t('charts.trade.sum'),
        t('charts.trade.importGoods'),
        t('charts.trade.exportGoods'),
        t('charts.col.unit'),
      ],
      ...state.rows.map((r) => [
        r.country,
        name(r),
        r.total.value,
        r.imports.value,
        r.exports.value,
        r.sum.value,
        cell(r.row, state.columns.importGoods).text,
        cell(r.row, state.columns.exportGoods).text,
        t('charts.trade.unit'),
      ]),
    ],
    source: tableSource(ctx, table),
    notes: [
      ...(mismatched.length
        ? [
            {
              text: t('charts.trade.noteMismatch', {
                list: mismatched
                  .map(
                    (r) =>
                      `${name(r)} ${r.total.printed} ≠ ${r.imports.printed} + ${r.exports.printed} = ${r.sum.printed}`,
                  )
                  .join(locale === 'zh' ? '；' : '; '),
              }),
              flag: true,
            },
          ]
        : []),
      { text: t('charts.trade.noteGoods') },
      { text: t('charts.note.labels') },
    ],
  });
}
