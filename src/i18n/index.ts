import chartsEn from './charts.en.json' with { type: 'json' };
import chartsZh from './charts.zh.json' with { type: 'json' };
import citeEn from './cite.en.json' with { type: 'json' };
import citeZh from './cite.zh.json' with { type: 'json' };
import searchEn from './search.en.json' with { type: 'json' };
import searchZh from './search.zh.json' with { type: 'json' };
import enBase from './en.json' with { type: 'json' };
import zhBase from './zh.json' with { type: 'json' };

// Feature strings are kept beside the base files while a feature is built, then folded in.
const zh = { ...zhBase, ...chartsZh, ...citeZh, ...searchZh };
const en = { ...enBase, ...chartsEn, ...citeEn, ...searchEn };

/** Site languages; `zh` first because the sources are Chinese. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type UiKey = keyof typeof zh;

const STRINGS: Record<Locale, Record<UiKey, string>> = { zh, en };

/** BCP 47 tags for `<html lang>` and hreflang. */
export const LANG_TAG: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale);

export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/** Returns a translator for one locale; `{name}` placeholders are filled from `vars`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    STRINGS[locale][key].replace(/\{(\w+)\}/gu, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The path of a page in a locale: `localePath('en', 'sources/x/')` → `/en/sources/x/`. */
export const localePath = (locale: Locale, path = ''): string => `/${locale}/${path.replace(/^\/+/u, '')}`;

/** The same page in the other locale: swaps the first path segment. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  return isLocale(first) ? `/${[to, ...rest].join('/')}` : localePath(to);
}
