import type { SiteData } from '../../data/site-data.ts';
import type { Locale } from '../../i18n/index.ts';
import { chartContext } from '../shared/context.ts';
import { formatNumber } from '../shared/format.ts';
import { assembleChart, type ChartModel } from '../shared/model.ts';
import { fundingLayout, type FundingText } from './layout.ts';
import { fundingState, type FundingRow } from './state.ts';

/**
 * Amounts per locale: 万元 in Chinese (as the call prints them), CNY million in English.
 * `yuan` is an exact integer, so the division never rounds.
 */
const inUnit = (yuan: number, locale: Locale) => (locale === 'zh' ? yuan / 1e4 : yuan / 1e6);

/** The 2018 call's funding ranges and quotas, and the ceiling they imply. */
export function fundingModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const programme = data.programmes[0];
  if (!programme) throw new Error('charts: the programmes collection is empty');
  const state = fundingState(programme);
  const amount = (yuan: number) => formatNumber(inUnit(yuan, locale), locale, 2);
  const range = (min: number, max: number) =>
    min === max
      ? t('charts.funding.amount', { value: amount(min) })
      : t('charts.funding.range', { min: amount(min), max: amount(max) });
  const category = (r: FundingRow) => t(r.kind === 'key' ? 'charts.funding.key' : 'charts.funding.general');
  const text: FundingText = {
    panel: { perProject: t('charts.funding.perProject'), envelope: t('charts.funding.envelope') },
    category,
    range,
    quota: (r) => t('charts.funding.quota', { n: r.maxProjects }),
    tick: (v) => amount(v),
    unit: t('charts.funding.unit'),
    tip: (r, panel) =>
      panel === 'perProject'
        ? t('charts.funding.tipPerProject', { category: category(r), range: range(r.min, r.max), printed: r.printed })
        : t('charts.funding.tipEnvelope', {
            category: category(r),
            n: r.maxProjects,
            range: range(r.envelopeMin, r.envelopeMax),
          }),
  };
  const [key, general] = [state.rows.find((r) => r.kind === 'key'), state.rows.find((r) => r.kind === 'general')];
  const finding =
    key && general
      ? t('charts.funding.finding', {
          key: range(key.min, key.max),
          keyN: key.maxProjects,
          general: range(general.min, general.max),
          generalN: general.maxProjects,
          keyTotal: range(key.envelopeMin, key.envelopeMax),
          generalTotal: range(general.envelopeMin, general.envelopeMax),
        })
      : '';
  const doc = data.documents.find((d) => d.slug === programme.doc);
  return assembleChart({
    id: 'call-2018-funding',
    locale,
    title: t('charts.funding.title'),
    caption: t('charts.funding.caption'),
    finding,
    layouts: { wide: fundingLayout(state, text, false), narrow: fundingLayout(state, text, true) },
    table: {
      head: [
        [
          t('charts.funding.category'),
          t('charts.funding.quotaCol'),
          t('charts.funding.minCol'),
          t('charts.funding.maxCol'),
          t('charts.funding.envelopeCol'),
          t('charts.col.printed'),
        ].map((s) => ({ text: s })),
      ],
      rows: state.rows.map((r) => [
        { text: category(r) },
        { text: String(r.maxProjects), value: r.maxProjects },
        { text: amount(r.min), value: inUnit(r.min, locale) },
        { text: amount(r.max), value: inUnit(r.max, locale) },
        { text: range(r.envelopeMin, r.envelopeMax) },
        { text: r.printed, ...(locale === 'en' ? { lang: 'zh-Hans' } : {}) },
      ]),
    },
    csv: [
      [
        t('charts.funding.category'),
        t('charts.funding.quotaCol'),
        t('charts.funding.csvMin'),
        t('charts.funding.csvMax'),
        t('charts.funding.csvEnvelopeMin'),
        t('charts.funding.csvEnvelopeMax'),
        t('charts.col.printed'),
      ],
      ...state.rows.map((r) => [category(r), r.maxProjects, r.min, r.max, r.envelopeMin, r.envelopeMax, r.printed]),
    ],
    source: {
      document: { text: doc?.title[locale] ?? programme.doc },
      links: [
        { text: t('charts.funding.inReader'), href: `/${locale}/sources/${programme.doc}/#${state.rows[0]!.anchor}` },
        { text: t('charts.funding.programmePage'), href: `/${locale}/programme/` },
      ],
    },
    notes: [{ text: t('charts.funding.noteEnvelope'), flag: false }, { text: t('charts.funding.noteUnit') }],
  });
}
