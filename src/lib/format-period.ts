import type { Locale } from '../i18n/index.ts';

/** A reference period per locale: `2013年` / `2013`, `2000—2010年` / `2000–2010`, `2010年以来` / `2010 onwards`. */
export function formatPeriod(p: { from: number; to: number | null }, locale: Locale): string {
  if (p.to === null) return locale === 'zh' ? `${p.from}年以来` : `${p.from} onwards`;
  if (p.from === p.to) return locale === 'zh' ? `${p.from}年` : String(p.from);
  return locale === 'zh' ? `${p.from}—${p.to}年` : `${p.from}–${p.to}`;
}
