import type { SiteData } from '../../data/site-data.ts';
import { LANG_TAG, type Locale } from '../../i18n/index.ts';
import { CENTRAL_ASIA, COUNTRY_ORDER } from '../../lib/countries.ts';
import { platformKindSchema, type Country } from '../../schemas/records.ts';
import { chartContext, countryLabel, listOf } from '../shared/context.ts';
import type { Label } from '../shared/labels.ts';
import { assembleChart, type ChartModel } from '../shared/model.ts';
import { platformLayout, type PlatformText } from './layout.ts';
import { platformState, type PlatformColumn } from './state.ts';

/** Platforms by partner country and kind: a schematic grid of squares (no map). */
export function platformModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  // The five Central Asian countries are always a column, even with no platform.
  const state = platformState(data.platforms, COUNTRY_ORDER, CENTRAL_ASIA, platformKindSchema.options);
  const byId = new Map(data.platforms.map((p) => [p.id, p]));
  const platformName = (id: string): Label => {
    const p = byId.get(id)!;
    if (locale === 'zh') return { text: p.name };
    const en = data.names.en(p.name);
    return en ? { text: en } : { text: p.name, lang: LANG_TAG.zh };
  };
  const column = (c: PlatformColumn): Label => (c === null ? { text: t('platforms.none') } : countryLabel(ctx, c));
  const kindName = (k: string) => t(`platformKind.${k as (typeof platformKindSchema.options)[number]}`);
  const text: PlatformText = {
    column,
    kind: (k, count) => t('charts.platforms.kind', { kind: kindName(k), count }),
    platform: (id) => {
      const p = byId.get(id)!;
      const where = p.countries.length
        ? listOf(
            p.countries.map((c) => countryLabel(ctx, c).text),
            locale,
          )
        : t('platforms.none');
      return `${platformName(id).text}\n${kindName(p.kind)} · ${where}`;
    },
    total: t('platformCounts.barHead'),
    count: (top, all) => (top === all ? String(top) : t('platformCounts.bar', { top, all })),
  };

  // Ranked by each country's own platforms; ties are never cut: a country level with the last one named is named too.
  const upTo = <T>(ranked: readonly T[], n: number, count: (x: T) => number) =>
    ranked.filter((x) => ranked.length <= n || count(x) >= count(ranked[n - 1]!));
  const countries = state.columns
    .map((c, i) => ({ c, n: state.columnTopLevel[i]!, all: state.columnTotals[i]! }))
    .filter((x): x is { c: Country; n: number; all: number } => x.c !== null);
  const ranked = [...countries].sort((a, b) => b.n - a.n);
  const first = ranked.filter((x) => x.n === ranked[0]!.n);
  const rest = ranked.filter((x) => x.n < ranked[0]!.n);
  const none = state.columns.includes(null) ? state.columnTopLevel[state.columns.indexOf(null)]! : 0;
  const zero = countries.filter((x) => x.all === 0).map((x) => countryLabel(ctx, x.c).text);
  const countryCount = (x: { c: Country }, n: number) =>
    t('charts.platforms.countryCount', { country: countryLabel(ctx, x.c).text, n });
  const byAll = [...countries].filter((x) => x.all > 0).sort((a, b) => b.all - a.all);
  const sameOrder = byAll.every((x, i) => ranked[i]?.c === x.c && x.all === x.n);
  const finding = [
    t('platformCounts.finding', {
      topLevel: state.topLevel,
      total: state.platforms,
      top: listOf(
        first.map((x) => countryLabel(ctx, x.c).text),
        locale,
      ),
      n: t(first.length > 1 ? 'platformCounts.nEach' : 'platformCounts.n', { n: ranked[0]!.n }),
      next: listOf(
        upTo(
          rest.filter((x) => x.n > 0),
          2,
          (x) => x.n,
        ).map((x) => countryCount(x, x.n)),
        locale,
      ),
      none,
    }),
    sameOrder
      ? ''
      : t('platformCounts.findingWith', {
          ranking: listOf(
            upTo(byAll, 4, (x) => x.all).map((x) => countryCount(x, x.all)),
            locale,
          ),
        }),
    zero.length ? t('charts.platforms.findingZero', { list: listOf(zero, locale) }) : '',
  ]
    .filter(Boolean)
    .join(locale === 'zh' ? '' : ' ');
  const countCell = (n: number) => ({ text: String(n), value: n });
  const subIn = (id: string, c: PlatformColumn) => state.cells.some((x) => x.column === c && x.subUnits.includes(id));

  return assembleChart({
    id: 'platforms-by-country',
    locale,
    title: t('charts.platforms.title'),
    caption: t('charts.platforms.caption'),
    finding,
    layouts: { wide: platformLayout(state, text, false), narrow: platformLayout(state, text, true) },
    table: {
      head: [[{ text: t('charts.platforms.kindCol') }, ...state.columns.map(column)]],
      rows: [
        ...state.kinds.map(({ kind }) => [
          { text: kindName(kind) },
          ...state.columns.map((c) => {
            const n = state.cells.find((x) => x.kind === kind && x.column === c)!.ids.length;
            return { text: String(n), value: n };
          }),
        ]),
        [{ text: t('platformCounts.rowTopLevel') }, ...state.columnTopLevel.map(countCell)],
        [{ text: t('platformCounts.rowWithSub') }, ...state.columnTotals.map(countCell)],
      ],
    },
    csv: [
      [
        ...[t('charts.platforms.csvId'), t('charts.platforms.csvName'), t('charts.platforms.kindCol'), 'ISO'],
        ...[t('charts.col.country'), t('platformCounts.csvParent'), t('platformCounts.csvSub')],
      ],
      ...state.cells.flatMap((cell) =>
        cell.ids.map((id) => [
          ...[id, platformName(id).text, kindName(cell.kind), cell.column ?? '', column(cell.column).text],
          ...[byId.get(id)!.parent ?? '', t(subIn(id, cell.column) ? 'platformCounts.yes' : 'platformCounts.no')],
        ]),
      ),
    ],
    source: {
      document: { text: t('charts.platforms.sourceDoc') },
      links: [{ text: t('charts.platforms.directory'), href: `/${locale}/platforms/` }],
    },
    notes: [
      { text: t('platformCounts.noteSub') },
      { text: t('charts.platforms.noteMulti', { n: state.multiCountry }) },
      { text: t('charts.platforms.noteSchematic') },
      { text: t('charts.platforms.noteCurated') },
    ],
  });
}
