import type { SiteData } from '../../data/site-data.ts';
import type { Locale } from '../../i18n/index.ts';
import { chartContext, tableById, tableSource } from '../shared/context.ts';
import { exactSum } from '../shared/format.ts';
import { tableLabels, type Label } from '../shared/labels.ts';
import { assembleChart, type ChartModel } from '../shared/model.ts';
import { levelLayout, type LevelText } from './layout.ts';
import { levelState, type LevelGroup } from './state.ts';

export const LEVEL_TABLE = 'technology-level-survey';

/** Technology-level surveys: 100% stacked bars per respondent group, the column over 100 flagged. */
export function levelModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const table = tableById(data, LEVEL_TABLE);
  const state = levelState(table);
  const cell = tableLabels(table, data.english, locale);
  const questionnaire = (g: LevelGroup): Label => {
    let c = g.col;
    while (table.rows[0]![c]!.covered) c--;
    return cell(0, c);
  };
  const respondent = (g: LevelGroup): Label => cell(1, g.col);
  const groupName = (g: LevelGroup) => `${questionnaire(g).text} · ${respondent(g).text}`;
  const level = (i: number): Label => cell(state.levels[i]!.row, 0);
  const text: LevelText = {
    level,
    questionnaire,
    respondent,
    flag: (g) => t('charts.levels.flag', { total: g.totalPrinted }),
    hundred: '100%',
    tip: (g, s) => t('charts.levels.tip', { group: groupName(g), level: level(s.level).text, value: s.amount.printed }),
  };

  // “Leading” levels are those the source calls 领先 (internationally or domestically leading).
  const leading = state.levels.map((l, i) => ({ ...l, i })).filter((l) => /领先/u.test(l.label));
  const leadingShare = (g: LevelGroup) => exactSum(leading.map((l) => g.segments[l.i]!.amount));
  const flagged = state.groups.filter((g) => g.flagged);
  const finding = [
    t('charts.levels.finding', {
      levels:
        locale === 'zh'
          ? leading.map((l) => `“${level(l.i).text}”`).join('或')
          : new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(
              leading.map((l) => level(l.i).text.toLowerCase()),
            ),
      list: [...new Set(state.groups.map((g) => g.questionnaire))]
        .map((q) => {
          const groups = state.groups.filter((g) => g.questionnaire === q);
          const items = groups
            .map((g) => t('charts.levels.findingItem', { group: respondent(g).text, value: leadingShare(g) }))
            .join(locale === 'zh' ? '，' : ', ');
          return t('charts.levels.findingQuestionnaire', { questionnaire: questionnaire(groups[0]!).text, items });
        })
        .join(locale === 'zh' ? '；' : '; '),
    }),
    ...flagged.map((g) => t('charts.levels.findingFlag', { group: groupName(g), total: g.totalPrinted })),
  ].join(locale === 'zh' ? '' : ' ');

  const head = [{ text: t('charts.levels.level') }, ...state.groups.map((g) => ({ text: groupName(g) }))];
  return assembleChart({
    id: 'technology-level',
    locale,
    title: t('charts.levels.title'),
    caption: t('charts.levels.caption'),
    finding,
    layouts: { wide: levelLayout(state, text, false), narrow: levelLayout(state, text, true) },
    table: {
      head: [head],
      rows: [
        ...state.levels.map((_, i) => [
          level(i),
          ...state.groups.map((g) => ({
            text: g.segments[i]!.amount.printed,
            value: g.segments[i]!.amount.value,
            flagged: g.flagged,
          })),
        ]),
        [
          { text: t('charts.levels.sum') },
          ...state.groups.map((g) => ({ text: g.totalPrinted, value: g.total, flagged: g.flagged })),
        ],
      ],
    },
    csv: [
      [
        t('charts.levels.questionnaire'),
        t('charts.levels.respondent'),
        t('charts.levels.level'),
        t('charts.levels.share'),
        t('charts.levels.start'),
        t('charts.levels.end'),
        t('charts.levels.columnSum'),
      ],
      ...state.groups.flatMap((g) =>
        g.segments.map((s) => [
          questionnaire(g).text,
          respondent(g).text,
          level(s.level).text,
          s.amount.value,
          s.start,
          s.end,
          g.total,
        ]),
      ),
    ],
    source: tableSource(ctx, table),
    notes: [
      ...flagged.map((g) => ({
        text: t('charts.levels.noteFlag', { group: groupName(g), total: g.totalPrinted }),
        flag: true,
      })),
      ...(table.referenceNote ? [{ text: table.referenceNote[locale] }] : []),
      { text: t('charts.note.labels') },
    ],
  });
}
