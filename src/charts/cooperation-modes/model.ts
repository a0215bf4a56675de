import type { SiteData } from '../../data/site-data.ts';
import type { Locale } from '../../i18n/index.ts';
import { chartContext, tableById, tableSource } from '../shared/context.ts';
import { tableLabels } from '../shared/labels.ts';
import { assembleChart, type ChartModel } from '../shared/model.ts';
import { modesLayout, type ModesText } from './layout.ts';
import { modesState, type ModePair } from './state.ts';

export const MODES_TABLE = 'cooperation-modes-survey';

/** Cooperation modes: a butterfly chart of import modes against export modes. */
export function modesModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const table = tableById(data, MODES_TABLE);
  const state = modesState(table);
  const cell = tableLabels(table, data.english, locale);
  const { columns } = state;
  const mode = (p: ModePair, side: 'imports' | 'exports') =>
    cell(p.row, side === 'imports' ? columns.importLabel : columns.exportLabel);
  const head = { imports: cell(0, columns.importLabel).text, exports: cell(0, columns.exportLabel).text };
  const text: ModesText = {
    importsHead: head.imports,
    exportsHead: head.exports,
    mode,
    tip: (p, side) => t('charts.modes.tip', { mode: mode(p, side).text, value: p[side].amount.printed }),
    unit: t('charts.modes.unit'),
  };
  const top = (side: 'imports' | 'exports') =>
    state.pairs.reduce((a, b) => (b[side].amount.value > a[side].amount.value ? b : a));
  const finding = t('charts.modes.finding', {
    importMode: mode(top('imports'), 'imports').text,
    importValue: top('imports').imports.amount.printed,
    exportMode: mode(top('exports'), 'exports').text,
    exportValue: top('exports').exports.amount.printed,
  });
  return assembleChart({
    id: 'cooperation-modes',
    locale,
    title: t('charts.modes.title'),
    caption: t('charts.modes.caption'),
    finding,
    layouts: { wide: modesLayout(state, text, false), narrow: modesLayout(state, text, true) },
    table: {
      head: [[head.imports, t('charts.modes.share'), head.exports, t('charts.modes.share')].map((s) => ({ text: s }))],
      rows: [
        ...state.pairs.map((p) => [
          mode(p, 'imports'),
          { text: p.imports.amount.printed, value: p.imports.amount.value },
          mode(p, 'exports'),
          { text: p.exports.amount.printed, value: p.exports.amount.value },
        ]),
        [
          { text: t('charts.survey.sum') },
          { text: String(state.totals.imports), value: state.totals.imports },
          { text: '' },
          { text: String(state.totals.exports), value: state.totals.exports },
        ],
      ],
    },
    csv: [
      [t('charts.modes.side'), t('charts.modes.mode'), t('charts.modes.share')],
      ...state.pairs.map((p) => [head.imports, mode(p, 'imports').text, p.imports.amount.value]),
      ...state.pairs.map((p) => [head.exports, mode(p, 'exports').text, p.exports.amount.value]),
    ],
    source: tableSource(ctx, table),
    notes: [
      ...table.notes.map((n) => ({ text: n[locale], flag: true })),
      ...(table.referencePeriod
        ? [
            {
              text: t('charts.modes.notePeriod', {
                year: table.referencePeriod.from,
                basis: table.referencePeriod.basis[locale].replace(/^The /u, 'the '),
              }),
            },
          ]
        : []),
      { text: t('charts.note.labels') },
    ],
  });
}
