/**
 * The timeline's filters (country × kind × period) over the editors' non-overlapping periods.
 * Every non-empty combination is a static page; a small script narrows any page further to a
 * range of years. An event spanning years (2013–2015) belongs to every period it touches.
 */
import type { Facet, Selection } from './facets.ts';
import { periodLabel } from './periods.ts';
import { countryValueLabel, NO_COUNTRY } from './platform-directory.ts';
import { useTranslations, type Locale, type UiKey } from '../i18n/index.ts';
import type { NameIndex } from './glossary.ts';
import type { Period } from '../schemas/periods.ts';
import { countrySchema, eventKindSchema, type Country } from '../schemas/records.ts';

/** What an event needs for browsing. */
export interface BrowseEvent {
  kind: string;
  countries: readonly Country[];
  date: { year: number; toYear: number | null };
}

/** First and last year of an event. */
export const eventSpan = (e: BrowseEvent): [number, number] => [e.date.year, e.date.toYear ?? e.date.year];

export function timelineFacets(periods: readonly Period[]): Facet<BrowseEvent>[] {
  return [
    {
      key: 'country',
      values: [...countrySchema.options.map((c) => c.toLowerCase()), NO_COUNTRY],
      of: (e) => (e.countries.length ? e.countries.map((c) => c.toLowerCase()) : [NO_COUNTRY]),
    },
    { key: 'kind', values: eventKindSchema.options, of: (e) => [e.kind] },
    {
      key: 'period',
      values: periods.map((p) => p.id),
      of: (e) => {
        const [from, to] = eventSpan(e);
        return periods.filter((p) => p.from <= to && from <= p.to).map((p) => p.id);
      },
    },
  ];
}

/** The address of a selection: the timeline itself, or `filter/<country>/<kind>/<period>/`. */
export function timelinePath(locale: Locale, s: Selection): string {
  const { country = null, kind = null, period = null } = s;
  const base = `/${locale}/timeline/`;
  return country || kind || period ? `${base}filter/${country ?? 'all'}/${kind ?? 'all'}/${period ?? 'all'}/` : base;
}

/** The label of a filter value in a language. */
export function timelineValueLabel(
  locale: Locale,
  names: NameIndex,
  periods: readonly Period[],
  key: string,
  value: string,
): string {
  const t = useTranslations(locale);
  if (key === 'country') return countryValueLabel(locale, names, value);
  if (key === 'kind') return t(`eventKind.${value}` as UiKey);
  const p = periods.find((x) => x.id === value);
  if (!p) throw new Error(`timeline: no period ${value}`);
  return periodLabel(p);
}
