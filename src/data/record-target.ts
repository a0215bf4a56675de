import type { Locale, UiKey } from '../i18n/index.ts';
import type { SiteData } from './site-data.ts';

/** Where a record lives on the site and what to call it. */
export interface RecordTarget {
  href: string;
  label: string;
  /** The i18n key of its collection's name (`nav.platforms`). */
  kindKey: UiKey;
}

/** Resolves a record id of any collection (platform, event, case, policy, figure, table), or null. */
export function recordTarget(data: SiteData, id: string, locale: Locale): RecordTarget | null {
  const { platforms, events, cases, policies, figures, tables, names } = data;
  const platform = platforms.find((p) => p.id === id);
  if (platform) {
    const label = locale === 'zh' ? platform.name : (names.en(platform.name) ?? platform.name);
    return { href: `/${locale}/platforms/${id}/`, label, kindKey: 'nav.platforms' };
  }
  const event = events.find((e) => e.id === id);
  if (event) return { href: `/${locale}/timeline/${id}/`, label: event.title[locale], kindKey: 'nav.timeline' };
  const c = cases.find((x) => x.id === id);
  if (c) return { href: `/${locale}/cases/${id}/`, label: c.title[locale], kindKey: 'nav.cases' };
  const policy = policies.find((p) => p.id === id);
  if (policy) {
    return {
      href: `/${locale}/policies/${id}/`,
      label: locale === 'zh' ? policy.title : policy.titleEn,
      kindKey: 'nav.policies',
    };
  }
  const figure = figures.find((f) => f.id === id);
  if (figure) return { href: `/${locale}/figures/${id}/`, label: figure.measures[locale], kindKey: 'nav.figures' };
  const table = tables.find((x) => x.id === id);
  if (table) return { href: `/${locale}/tables/${id}/`, label: table.title[locale], kindKey: 'nav.tables' };
  return null;
}
