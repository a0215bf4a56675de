import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { SiteData } from '../../data/site-data.ts';
import { LANG_TAG, type Locale } from '../../i18n/index.ts';
import { COUNTRY_ORDER } from '../../lib/countries.ts';
import type { Country } from '../../schemas/records.ts';
import { chartContext, countryLabel, listOf } from '../shared/context.ts';
import { assembleChart, type ChartModel, type DataCell } from '../shared/model.ts';
import { coarsen, projectCountries, type GeoBox } from './geo.ts';
import { mapLayout, type MapText } from './layout.ts';
import { countBuckets, mapState } from './state.ts';

/**
 * What the map shows: the five Central Asian countries with western China, Mongolia and the
 * south of Russia (which would otherwise fill the frame); China east of the box is cut off.
 */
export const REGION: GeoBox = { west: 46, east: 114, south: 30, north: 56 };
/** On a phone, closer in: Central Asia with Xinjiang and western Mongolia. */
export const REGION_NARROW: GeoBox = { west: 48, east: 100, south: 33, north: 56 };
/** The country whose side every platform has; drawn, labelled, not shaded by a count. */
const HOST: Country = 'CN';
/** A world grid of 3,000 × 3,000 points: about one pixel of the wide map. */
const QUANTISATION = 3000;

let topology: Topology | undefined;
const coarseAtlas = (): Topology => (topology ??= coarsen(atlas as unknown as Topology, QUANTISATION));

/** Top-level platforms per partner country on a map of the region (Natural Earth boundaries). */
export function mapModel(data: SiteData, locale: Locale): ChartModel {
  const ctx = chartContext(data, locale);
  const { t } = ctx;
  const state = mapState(data.platforms, COUNTRY_ORDER);
  const buckets = countBuckets(Math.max(...state.countries.map((c) => c.ids.length)), 3);
  const other = locale === 'zh' ? 'en' : 'zh';
  const text: MapText = {
    name: (code) => countryLabel(ctx, code),
    // The page's language only (a screen reader reads it in that voice); the table gives both names.
    describe: (code, count) => t('map.describe', { name: countryLabel(ctx, code).text, count }),
    href: (code) => `/${locale}/countries/${code.toLowerCase()}/`,
    range: (b) => t(b.min === b.max ? 'map.single' : 'map.range', { min: b.min, max: b.max }),
    zero: t('map.zero'),
    host: t('map.host'),
  };
  const codes = [...COUNTRY_ORDER, HOST];
  const layout = (narrow: boolean) => {
    const box = narrow ? REGION_NARROW : REGION;
    const geo = projectCountries(coarseAtlas(), 'countries', codes, box, narrow ? 360 : 640);
    return mapLayout(state, geo, buckets, HOST, text, narrow);
  };

  const ranked = [...state.countries].sort((a, b) => b.ids.length - a.ids.length);
  const zero = state.countries.filter((c) => c.ids.length === 0).map((c) => countryLabel(ctx, c.code).text);
  const finding = [
    t('map.finding', {
      total: state.topLevel,
      top: countryLabel(ctx, ranked[0]!.code).text,
      n: ranked[0]!.ids.length,
      next: listOf(
        ranked
          .slice(1, 3)
          .map((x) => t('charts.platforms.countryCount', { country: countryLabel(ctx, x.code).text, n: x.ids.length })),
        locale,
      ),
      none: state.none,
    }),
    zero.length ? t('map.findingZero', { list: listOf(zero, locale) }) : '',
  ]
    .filter(Boolean)
    .join(locale === 'zh' ? '' : ' ');

  const rows: DataCell[][] = [
    ...state.countries.map((c) => {
      const n = c.ids.length;
      const name: DataCell = { ...countryLabel(ctx, c.code), href: text.href(c.code) };
      return [name, { text: data.names.country(c.code)[other], lang: LANG_TAG[other] }, { text: String(n), value: n }];
    }),
    [{ text: t('map.none') }, { text: '' }, { text: String(state.none), value: state.none }],
  ];
  return assembleChart({
    id: 'platforms-map',
    locale,
    title: t('map.title'),
    caption: t('map.caption'),
    finding,
    layouts: { wide: layout(false), narrow: layout(true) },
    interactive: true,
    dataOpen: true,
    table: {
      head: [[{ text: t('map.countryCol') }, { text: t('map.otherNameCol') }, { text: t('map.countCol') }]],
      rows,
    },
    csv: [
      [t('map.csvCode'), t('map.countryCol'), t('map.countCol'), t('charts.platforms.csvId')],
      ...state.countries.map((c) => [c.code, countryLabel(ctx, c.code).text, c.ids.length, c.ids.join(' ')]),
      ['', t('map.none'), state.none, ''],
    ],
    source: {
      document: { text: t('charts.platforms.sourceDoc') },
      links: [
        { text: t('charts.platforms.directory'), href: `/${locale}/platforms/` },
        { text: t('map.sourceNaturalEarth'), href: 'https://www.naturalearthdata.com/' },
      ],
    },
    notes: [
      { text: t('map.noteSubUnits', { n: state.subUnits }) },
      { text: t('map.noteMulti') },
      { text: t('map.noteBoundaries') },
    ],
  });
}
