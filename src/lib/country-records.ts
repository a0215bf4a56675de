import type { SiteData } from '../data/site-data.ts';
import type { Country } from '../schemas/records.ts';
import { COUNTRY_ZH } from './countries.ts';

/** Everything the yearbook holds about one country. Pure: takes the loaded collections. */
export function countryRecords(data: Pick<SiteData, 'platforms' | 'events' | 'cases' | 'figures' | 'tables' | 'programs'>, code: Country) {
  const zh = COUNTRY_ZH[code].name;
  const trade = data.tables.find((t) => t.id === 'trade-structure-2013');
  const tradeRow = trade?.rows.slice(trade.headerRows).find((r) => r[0]?.printed === zh) ?? null;
  return {
    platforms: data.platforms.filter((p) => p.countries.includes(code)),
    events: data.events.filter((e) => e.countries.includes(code)),
    partnerships: data.events.filter((e) => e.countries.includes(code) && (e.kind === 'strategic-partnership' || e.kind === 'comprehensive-strategic-partnership')),
    cases: data.cases.filter((c) => c.countries.includes(code)),
    figures: data.figures.filter((f) => f.countries.includes(code)),
    keyProjects: data.programs.flatMap((p) => p.keyProjects.filter((k) => k.countries.includes(code))),
    trade: trade && tradeRow ? { table: trade, row: tradeRow } : null,
  };
}
