import type { SiteData } from '../../data/site-data.ts';
import type { Locale } from '../../i18n/index.ts';
import { chartContext, countryLabel, listOf, tableById, tableSource } from '../shared/context.ts';
import { tableLabels, type Label } from '../shared/labels.ts';
import { assembleChart, type ChartModel, type DataCell } from '../shared/model.ts';
import { goodsLayout, type GoodsText } from './layout.ts';
import { goodsState, type Flow, type ShareCategory, type ShareValue } from './state.ts';

export const GOODS_TABLE = 'kz-kg-goods-shares-2010';

/** `Fuel exports as a share of merchandise exports` → `Fuel`; the whole label when it has another shape. */
export const shortCategoryEn = (label: string): string =>
  /^(.+?) (?:exports|imports) as a share of\b/u.exec(label)?.[1] ?? label;

/** 2010 goods shares of Kazakhstan and Kyrgyzstan: grouped bars, “—” shown as missing. */
export function goodsModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const table = tableById(data, GOODS_TABLE);
  const state = goodsState(table);
  const cell = tableLabels(table, data.english, locale);
  const category = (c: ShareCategory): Label => {
    const l = cell(c.row, 0);
    return l.lang || locale === 'zh' ? (locale === 'zh' ? { text: c.category } : l) : { text: shortCategoryEn(l.text) };
  };
  // In running English text a category is lower-case: “its largest export category is fuel”.
  const inline = (c: ShareCategory) => {
    const l = category(c).text;
    return locale === 'en' && /^[A-Z][a-z]/u.test(l) ? l[0]!.toLowerCase() + l.slice(1) : l;
  };
  const name = (v: { country: ShareValue['country'] }) => countryLabel(ctx, v.country).text;
  const flowName = (f: Flow) => t(f === 'exports' ? 'charts.goods.exports' : 'charts.goods.imports');
  const text: GoodsText = {
    country: (c) => countryLabel(ctx, c),
    flow: flowName,
    category,
    missing: t('charts.missing'),
    unit: t('charts.goods.unit'),
    tip: (c, v, f) =>
      v.value === null
        ? t('charts.goods.tipMissing', {
            country: name(v),
            category: category(c).text,
            flow: flowName(f),
            printed: v.printed,
          })
        : t('charts.goods.tip', { country: name(v), category: category(c).text, flow: flowName(f), value: v.printed }),
  };

  // Finding: each country's largest export and import category, and what is missing.
  const top = (f: Flow, i: number) => {
    const cats = state.flows.find((x) => x.flow === f)!.categories;
    return cats.reduce((a, b) => ((b.values[i]!.value ?? -1) > (a.values[i]!.value ?? -1) ? b : a));
  };
  const sentences = state.countries.map((c, i) =>
    t('charts.goods.findingCountry', {
      country: name(c),
      exportCat: inline(top('exports', i)),
      exportValue: top('exports', i).values[i]!.printed,
      importCat: inline(top('imports', i)),
      importValue: top('imports', i).values[i]!.printed,
    }),
  );
  const missing = state.flows.flatMap((f) =>
    f.categories.flatMap((c) => c.values.filter((v) => v.value === null).map((v) => ({ f, c, v }))),
  );
  if (missing.length)
    sentences.push(
      t('charts.goods.findingMissing', {
        list: listOf(
          missing.map(({ f, c, v }) =>
            t('charts.goods.missingItem', {
              country: name(v),
              category: inline(c),
              flow: t(f.flow === 'exports' ? 'charts.goods.exportsShort' : 'charts.goods.importsShort'),
            }),
          ),
          locale,
        ),
      }),
    );

  const num = (v: ShareValue): DataCell => ({ text: v.printed, value: v.value });
  return assembleChart({
    id: 'goods-shares-2010',
    locale,
    title: t('charts.goods.title'),
    caption: t('charts.goods.caption'),
    finding: sentences.join(locale === 'zh' ? '' : ' '),
    layouts: { wide: goodsLayout(state, text, false), narrow: goodsLayout(state, text, true) },
    table: {
      head: [
        [
          t('charts.goods.flow'),
          t('charts.goods.category'),
          ...state.countries.map((c) => countryLabel(ctx, c.country).text),
        ].map((s) => ({ text: s })),
      ],
      rows: state.flows.flatMap((f) =>
        f.categories.map((c) => [{ text: flowName(f.flow) }, category(c), ...c.values.map(num)]),
      ),
    },
    csv: [
      [
        t('charts.goods.flow'),
        t('charts.goods.category'),
        'ISO',
        t('charts.col.country'),
        t('charts.goods.share'),
        t('charts.col.printed'),
      ],
      ...state.flows.flatMap((f) =>
        f.categories.flatMap((c) =>
          c.values.map((v) => [flowName(f.flow), category(c).text, v.country, name(v), v.value, v.printed]),
        ),
      ),
    ],
    source: tableSource(ctx, table),
    notes: [
      ...table.notes.map((n) => ({ text: n[locale] })),
      { text: t('charts.goods.noteNotExhaustive') },
      { text: t('charts.note.labels') },
    ],
  });
}
