import auditEn from './audit.en.json' with { type: 'json' };
import auditZh from './audit.zh.json' with { type: 'json' };
import bodiesEn from './bodies.en.json' with { type: 'json' };
import bodiesZh from './bodies.zh.json' with { type: 'json' };
import browseEn from './browse.en.json' with { type: 'json' };
import browseZh from './browse.zh.json' with { type: 'json' };
import chartViewsEn from './chart-views.en.json' with { type: 'json' };
import chartViewsZh from './chart-views.zh.json' with { type: 'json' };
import chartsEn from './charts.en.json' with { type: 'json' };
import chartsZh from './charts.zh.json' with { type: 'json' };
import citeEn from './cite.en.json' with { type: 'json' };
import citeZh from './cite.zh.json' with { type: 'json' };
import citeValueEn from './cite-value.en.json' with { type: 'json' };
import citeValueZh from './cite-value.zh.json' with { type: 'json' };
import countryPageEn from './country-page.en.json' with { type: 'json' };
import countryPageZh from './country-page.zh.json' with { type: 'json' };
import englishPagesEn from './english-pages.en.json' with { type: 'json' };
import englishPagesZh from './english-pages.zh.json' with { type: 'json' };
import extractionEn from './extraction.en.json' with { type: 'json' };
import extractionZh from './extraction.zh.json' with { type: 'json' };
import glossarySourceEn from './glossary-source.en.json' with { type: 'json' };
import glossarySourceZh from './glossary-source.zh.json' with { type: 'json' };
import intakeEn from './intake.en.json' with { type: 'json' };
import intakeZh from './intake.zh.json' with { type: 'json' };
import mapEn from './map.en.json' with { type: 'json' };
import mapZh from './map.zh.json' with { type: 'json' };
import movedEn from './moved.en.json' with { type: 'json' };
import movedZh from './moved.zh.json' with { type: 'json' };
import organisationUnitsEn from './organisation-units.en.json' with { type: 'json' };
import organisationUnitsZh from './organisation-units.zh.json' with { type: 'json' };
import platformCountsEn from './platform-counts.en.json' with { type: 'json' };
import platformCountsZh from './platform-counts.zh.json' with { type: 'json' };
import readerLinksEn from './reader-links.en.json' with { type: 'json' };
import readerLinksZh from './reader-links.zh.json' with { type: 'json' };
import reportPageEn from './report-page.en.json' with { type: 'json' };
import reportPageZh from './report-page.zh.json' with { type: 'json' };
import searchEn from './search.en.json' with { type: 'json' };
import searchZh from './search.zh.json' with { type: 'json' };
import sourceLinkEn from './source-link.en.json' with { type: 'json' };
import sourceLinkZh from './source-link.zh.json' with { type: 'json' };
import tableDownloadEn from './table-download.en.json' with { type: 'json' };
import tableDownloadZh from './table-download.zh.json' with { type: 'json' };
import timelineBrowseEn from './timeline-browse.en.json' with { type: 'json' };
import timelineBrowseZh from './timeline-browse.zh.json' with { type: 'json' };
import enBase from './en.json' with { type: 'json' };
import zhBase from './zh.json' with { type: 'json' };

// Feature strings are kept beside the base files while a feature is built, then folded in.
const zh = {
  ...zhBase,
  ...auditZh,
  ...bodiesZh,
  ...browseZh,
  ...chartViewsZh,
  ...chartsZh,
  ...citeZh,
  ...citeValueZh,
  ...countryPageZh,
  ...englishPagesZh,
  ...extractionZh,
  ...glossarySourceZh,
  ...intakeZh,
  ...mapZh,
  ...movedZh,
  ...organisationUnitsZh,
  ...platformCountsZh,
  ...readerLinksZh,
  ...reportPageZh,
  ...searchZh,
  ...sourceLinkZh,
  ...tableDownloadZh,
  ...timelineBrowseZh,
};
const en = {
  ...enBase,
  ...auditEn,
  ...bodiesEn,
  ...browseEn,
  ...chartViewsEn,
  ...chartsEn,
  ...citeEn,
  ...citeValueEn,
  ...countryPageEn,
  ...englishPagesEn,
  ...extractionEn,
  ...glossarySourceEn,
  ...intakeEn,
  ...mapEn,
  ...movedEn,
  ...organisationUnitsEn,
  ...platformCountsEn,
  ...readerLinksEn,
  ...reportPageEn,
  ...searchEn,
  ...sourceLinkEn,
  ...tableDownloadEn,
  ...timelineBrowseEn,
};

/** Site languages; `zh` first because the sources are Chinese. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type UiKey = keyof typeof zh;

/** Every UI string by locale (the tests compare the two key sets). */
export const STRINGS: Record<Locale, Record<UiKey, string>> = { zh, en };

/** BCP 47 tags for `<html lang>` and hreflang. */
export const LANG_TAG: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale);

export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/**
 * Returns a translator for one locale; `{name}` placeholders are filled from `vars`, and
 * `{name|one|other}` picks the singular when `vars[name]` is 1 (“1 record”, “2 records”).
 */
export function useTranslations(locale: Locale) {
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    STRINGS[locale][key]
      .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/gu, (_, name: string, one: string, other: string) =>
        Number(vars[name]) === 1 ? one : other,
      )
      .replace(/\{(\w+)\}/gu, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The path of a page in a locale: `localePath('en', 'sources/x/')` → `/en/sources/x/`. */
export const localePath = (locale: Locale, path = ''): string => `/${locale}/${path.replace(/^\/+/u, '')}`;

/** The same page in the other locale: swaps the first path segment. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  return isLocale(first) ? `/${[to, ...rest].join('/')}` : localePath(to);
}
