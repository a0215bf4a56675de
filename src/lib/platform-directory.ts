/**
 * The platform directory's filters (country × kind × status) and sort orders. Filters combine;
 * every non-empty combination is a static page, so filtering needs no JavaScript. Sort orders
 * are computed here at build time (each language's collation) and written onto the cards as
 * ranks, so the small script that re-sorts in place never has to collate.
 */
import { COUNTRY_ORDER } from './countries.ts';
import type { Facet, Selection } from './facets.ts';
import { useTranslations, type Locale, type UiKey } from '../i18n/index.ts';
import type { NameIndex } from './glossary.ts';
import { topLevelOf } from './platform-tree.ts';
import { platformKindSchema, platformStatusSchema, type Country } from '../schemas/records.ts';

/** What a platform record needs for the directory. */
export interface DirectoryPlatform {
  id: string;
  name: string;
  kind: string;
  countries: readonly Country[];
  status: string | null;
  year: number | null;
  parent?: string | undefined;
}

/** Filter value for a platform whose sources name no partner country. */
export const NO_COUNTRY = 'none';
/** Filter value for a platform whose sources state no status. */
export const NO_STATUS = 'unstated';

export const PLATFORM_FACETS: readonly Facet<DirectoryPlatform>[] = [
  {
    key: 'country',
    values: [...COUNTRY_ORDER.map((c) => c.toLowerCase()), NO_COUNTRY],
    of: (p) => (p.countries.length ? p.countries.map((c) => c.toLowerCase()) : [NO_COUNTRY]),
  },
  { key: 'kind', values: platformKindSchema.options, of: (p) => [p.kind] },
  { key: 'status', values: [...platformStatusSchema.options, NO_STATUS], of: (p) => [p.status ?? NO_STATUS] },
];

/**
 * The one address of a selection. Country-only and kind-only selections keep their older
 * addresses (`country/kz/`, `kind/fund/`), which other pages link to; the rest live under `filter/`.
 */
export function platformFilterPath(locale: Locale, s: Selection): string {
  const base = `/${locale}/platforms/`;
  const { country = null, kind = null, status = null } = s;
  if (!country && !kind && !status) return base;
  if (country && country !== NO_COUNTRY && !kind && !status) return `${base}country/${country}/`;
  if (kind && !country && !status) return `${base}kind/${kind}/`;
  return `${base}filter/${country ?? 'all'}/${kind ?? 'all'}/${status ?? 'all'}/`;
}

/** True when a selection is served by `filter/…` rather than by an older address. */
export const isFilterPage = (locale: Locale, s: Selection): boolean =>
  platformFilterPath(locale, s).includes('/filter/');

// Sorts undated records after every dated one.
const UNDATED = 1e6;

export const SORTS = ['name', 'year', 'kind'] as const;
export type SortKey = (typeof SORTS)[number];

/** The collator of a language: pinyin order for Chinese names, English order for English ones. */
export const collator = (locale: Locale): Intl.Collator =>
  new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en', { numeric: true });

/**
 * Each platform's position in every sort order. Name: the name shown in that language, collated;
 * year: oldest first, undated last; kind: the schema's order of kinds. Ties fall back on name.
 */
export function sortRanks<P extends DirectoryPlatform>(
  platforms: readonly P[],
  locale: Locale,
  shownName: (p: P) => string,
): Map<string, Record<SortKey, number>> {
  const collate = collator(locale);
  const byName = [...platforms].sort((a, b) => collate.compare(shownName(a), shownName(b)) || a.id.localeCompare(b.id));
  const nameRank = new Map(byName.map((p, i) => [p.id, i]));
  const name = (p: P) => nameRank.get(p.id)!;
  const kindOrder = (p: P) => platformKindSchema.options.indexOf(p.kind as never);
  const order = (compare: (a: P, b: P) => number) =>
    new Map([...platforms].sort((a, b) => compare(a, b) || name(a) - name(b)).map((p, i) => [p.id, i]));
  const byYear = order((a, b) => (a.year ?? UNDATED) - (b.year ?? UNDATED));
  const byKind = order((a, b) => kindOrder(a) - kindOrder(b));
  return new Map(platforms.map((p) => [p.id, { name: name(p), year: byYear.get(p.id)!, kind: byKind.get(p.id)! }]));
}

/** How many of a list are sub-units listed with their parent (a branch, a lab of a centre). */
export const subUnitCount = (platforms: readonly DirectoryPlatform[]): number =>
  platforms.length - topLevelOf(platforms).length;

/** The label of a country filter value (`kz` → Kazakhstan, `none` → no partner country), for every directory. */
export function countryValueLabel(locale: Locale, names: NameIndex, value: string): string {
  if (value === NO_COUNTRY) return useTranslations(locale)('platforms.none');
  const entry = names.country(value.toUpperCase() as Country);
  return locale === 'zh' ? entry.zh : entry.en;
}

/** The label of a filter value in a language (`kz` → Kazakhstan, `unstated` → Status not stated). */
export function platformValueLabel(locale: Locale, names: NameIndex, key: string, value: string): string {
  const t = useTranslations(locale);
  if (key === 'country') return countryValueLabel(locale, names, value);
  if (key === 'kind') return t(`platformKind.${value}` as UiKey);
  return value === NO_STATUS ? t('browse.noStatus') : t(`status.${value}` as UiKey);
}
