import type { SiteData } from '../../data/site-data.ts';
import type { Locale } from '../../i18n/index.ts';
import { chartContext, tableById, tableSource } from '../shared/context.ts';
import { tableLabels } from '../shared/labels.ts';
import { assembleChart, type ChartModel } from '../shared/model.ts';
import { surveyLayout, type SurveyText } from './layout.ts';
import { surveyState } from './state.ts';

/** The two survey charts built on this module: chart id, table id and their strings' prefix. */
export const SURVEY_CHARTS = {
  'key-technology-sources': { table: 'key-technology-sources-survey', key: 'sources' },
  'market-position': { table: 'market-position-survey', key: 'market' },
} as const;

export type SurveyChartId = keyof typeof SURVEY_CHARTS;

/** Xinjiang vs Central Asia answers to one survey question: paired bars of % with counts. */
export function surveyModel(id: SurveyChartId, data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const { table: tableId, key } = SURVEY_CHARTS[id];
  const table = tableById(data, tableId);
  const state = surveyState(table);
  const cell = tableLabels(table, data.english, locale);
  const side = (i: number) => cell(0, state.sides[i]!.col);
  const answer = (row: number) => cell(row, 0);
  const text: SurveyText = {
    side: (s) => cell(0, s.col),
    answer: (a) => answer(a.row),
    value: (a, i) => t('charts.survey.value', { share: a.values[i]!.share.printed, count: a.values[i]!.count.printed }),
    tip: (a, i) =>
      t('charts.survey.tip', {
        side: side(i).text,
        answer: answer(a.row).text,
        share: a.values[i]!.share.printed,
        count: a.values[i]!.count.printed,
      }),
    unit: t('charts.survey.unit'),
  };
  const topOf = (i: number) =>
    state.answers.reduce((x, y) => (y.values[i]!.share.value > x.values[i]!.share.value ? y : x));
  const finding = t('charts.survey.finding', {
    list: state.sides
      .map((_, i) =>
        t('charts.survey.findingItem', {
          side: side(i).text,
          answer: answer(topOf(i).row).text,
          share: topOf(i).values[i]!.share.printed,
        }),
      )
      .join(locale === 'zh' ? '；' : '; '),
  });
  const sideHead = state.sides.flatMap((_, i) => [
    t('charts.survey.count', { side: side(i).text }),
    t('charts.survey.share', { side: side(i).text }),
  ]);
  return assembleChart({
    id,
    locale,
    title: t(`charts.${key}.title`),
    caption: t(`charts.${key}.caption`),
    finding,
    layouts: { wide: surveyLayout(state, text, false), narrow: surveyLayout(state, text, true) },
    table: {
      head: [[t(`charts.${key}.answer`), ...sideHead].map((s) => ({ text: s }))],
      rows: [
        ...state.answers.map((a) => [
          answer(a.row),
          ...a.values.flatMap((v) => [v.count, v.share].map((x) => ({ text: x.printed, value: x.value }))),
        ]),
        [
          { text: t('charts.survey.sum') },
          ...state.sides.flatMap((s) => [
            { text: String(s.countTotal), value: s.countTotal },
            { text: String(s.shareTotal), value: s.shareTotal, flagged: s.shareTotal !== 100 },
          ]),
        ],
      ],
    },
    csv: [
      [t('charts.survey.side'), t(`charts.${key}.answer`), t('charts.survey.countCol'), t('charts.survey.shareCol')],
      ...state.answers.flatMap((a) =>
        a.values.map((v, i) => [side(i).text, answer(a.row).text, v.count.value, v.share.value]),
      ),
    ],
    source: tableSource(ctx, table),
    notes: [
      {
        text: t('charts.survey.noteTotals', {
          list: state.sides.map((s, i) => `${side(i).text} ${s.countTotal}`).join(locale === 'zh' ? '、' : ', '),
        }),
      },
      ...state.sides
        .filter((s) => s.shareTotal !== 100)
        .map((s) => ({
          text: t('charts.survey.noteShareSum', { side: cell(0, s.col).text, total: s.shareTotal }),
          flag: true,
        })),
      ...(table.errata.some((e) => e.erratum === 'duplicate-caption')
        ? [{ text: t('charts.survey.noteDuplicateCaption'), flag: true }]
        : []),
      ...(table.referenceNote ? [{ text: table.referenceNote[locale] }] : []),
      { text: t('charts.note.labels') },
    ],
  });
}
