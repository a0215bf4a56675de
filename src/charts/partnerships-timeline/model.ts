import type { SiteData } from '../../data/site-data.ts';
import type { Locale } from '../../i18n/index.ts';
import { formatPartialDate, isoPartialDate } from '../../lib/format-date.ts';
import { phaseSchema } from '../../schemas/records.ts';
import { chartContext, countryLabel, listOf, tableById, tableSource } from '../shared/context.ts';
import { assembleChart, type ChartModel } from '../shared/model.ts';
import { timelineLayout, type TimelineText } from './layout.ts';
import { timelineState, type Lane } from './state.ts';

export const PARTNERSHIP_TABLE = 'strategic-partnerships';

/** Partnerships and phases, 1988–2018: phase bands, key events and each country's partnership dates. */
export function timelineModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const state = timelineState(data.events, phaseSchema.options);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const title = (id: string) => byId.get(id)!.title[locale];
  const date = (d: { date: Parameters<typeof formatPartialDate>[0] }) => formatPartialDate(d.date, locale);
  const name = (l: Lane) => countryLabel(ctx, l.country).text;
  const text: TimelineText = {
    country: (c) => countryLabel(ctx, c),
    phase: (p) => t(`phase.${p.phase}`),
    nested: (p) => t('charts.timeline.nested', { phase: t(`phase.${p.phase}`), count: p.count }),
    date,
    keyLane: t('charts.timeline.keyLane'),
    keyEvent: (e) => `${date(e)} ${title(e.id)}`,
    tipPartnership: (l, m) => `${name(l)} — ${t(`eventKind.${m.kind}`)}: ${date(m)}`,
    tipOther: (id) => `${date(byId.get(id)!)} ${title(id)}`,
    legend: {
      strategic: t('eventKind.strategic-partnership'),
      comprehensive: t('eventKind.comprehensive-strategic-partnership'),
      other: t('charts.timeline.other'),
      key: t('charts.timeline.keyLane'),
    },
  };

  const strategic = (l: Lane) => l.partnerships.find((m) => m.kind === 'strategic-partnership');
  const comprehensive = (l: Lane) => l.partnerships.find((m) => m.kind === 'comprehensive-strategic-partnership');
  const first = state.lanes[0]!;
  const lastStrategic = Math.max(...state.lanes.map((l) => strategic(l)?.date.year ?? 0));
  const upgraded = state.lanes.filter(comprehensive);
  const notUpgraded = state.lanes.filter((l) => !comprehensive(l));
  const finding = [
    t('charts.timeline.finding', {
      first: name(first),
      date: date(strategic(first)!),
      year: lastStrategic,
      count: state.lanes.length,
    }),
    upgraded.length
      ? t('charts.timeline.findingUpgraded', {
          list: listOf(
            upgraded.map((l) =>
              locale === 'zh' ? `${name(l)}（${date(comprehensive(l)!)}）` : `${name(l)} (${date(comprehensive(l)!)})`,
            ),
            locale,
          ),
        })
      : '',
    notUpgraded.length ? t('charts.timeline.findingNot', { list: listOf(notUpgraded.map(name), locale) }) : '',
  ]
    .filter(Boolean)
    .join(locale === 'zh' ? '' : ' ');

  const table = tableById(data, PARTNERSHIP_TABLE);
  return assembleChart({
    id: 'partnerships-timeline',
    locale,
    title: t('charts.timeline.title'),
    caption: t('charts.timeline.caption'),
    finding,
    layouts: { wide: timelineLayout(state, text, false), narrow: timelineLayout(state, text, true) },
    table: {
      head: [
        [
          t('charts.col.country'),
          t('eventKind.strategic-partnership'),
          t('eventKind.comprehensive-strategic-partnership'),
          t('charts.timeline.otherCount'),
        ].map((s) => ({ text: s })),
      ],
      rows: [
        ...state.lanes.map((l) => [
          countryLabel(ctx, l.country),
          { text: strategic(l) ? date(strategic(l)!) : '—' },
          { text: comprehensive(l) ? date(comprehensive(l)!) : '—' },
          { text: String(l.others.length), value: l.others.length },
        ]),
      ],
    },
    csv: [
      [
        t('charts.timeline.csvId'),
        'ISO',
        t('charts.col.country'),
        t('charts.timeline.csvKind'),
        t('charts.timeline.csvDate'),
        t('charts.timeline.csvPhase'),
        t('charts.timeline.csvTitle'),
      ],
      ...state.lanes.flatMap((l) =>
        l.partnerships.map((m) => [
          m.id,
          l.country,
          name(l),
          t(`eventKind.${m.kind}`),
          isoPartialDate(m.date),
          t(`phase.${byId.get(m.id)!.phase}`),
          title(m.id),
        ]),
      ),
      ...state.keyEvents.map((e) => [
        e.id,
        '',
        '',
        t('charts.timeline.keyLane'),
        isoPartialDate(e.date),
        t(`phase.${byId.get(e.id)!.phase}`),
        title(e.id),
      ]),
    ],
    source: tableSource(ctx, table, [{ text: t('charts.timeline.timelineLink'), href: `/${locale}/timeline/` }]),
    notes: [
      { text: t('charts.timeline.noteOthers') },
      { text: t('charts.timeline.noteMonths') },
      { text: t('charts.timeline.notePhases') },
    ],
  });
}
