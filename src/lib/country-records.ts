import type { SiteData } from '../data/site-data.ts';
import type { Country } from '../schemas/records.ts';
import { COUNTRY_ZH } from './countries.ts';
import { tallyPlatforms } from './platform-tree.ts';

/** Everything the yearbook holds about one country. Pure: takes the loaded collections. */
export function countryRecords(
  data: Pick<SiteData, 'platforms' | 'events' | 'cases' | 'figures' | 'tables' | 'programmes'>,
  code: Country,
) {
  const zh = COUNTRY_ZH[code].name;
  const trade = data.tables.find((t) => t.id === 'trade-structure-2013');
  const tradeRow = trade?.rows.slice(trade.headerRows).find((r) => r[0]?.printed === zh) ?? null;
  const platforms = data.platforms.filter((p) => p.countries.includes(code));
  return {
    platforms,
    /** The country's own platforms, and its records with sub-units (src/lib/platform-tree.ts). */
    platformTally: tallyPlatforms(platforms),
    events: data.events.filter((e) => e.countries.includes(code)),
    partnerships: data.events.filter(
      (e) =>
        e.countries.includes(code) &&
        (e.kind === 'strategic-partnership' || e.kind === 'comprehensive-strategic-partnership'),
    ),
    cases: data.cases.filter((c) => c.countries.includes(code)),
    figures: data.figures.filter((f) => f.countries.includes(code)),
    keyProjects: data.programmes.flatMap((p) => p.keyProjects.filter((k) => k.countries.includes(code))),
    trade: trade && tradeRow ? { table: trade, row: tradeRow } : null,
  };
}

export type CountryRecords = ReturnType<typeof countryRecords>;

/** The values of the `platformCounts.counts` line: own platforms, with sub-units, events and cases. */
export const countsOf = (x: CountryRecords) => ({
  topLevel: x.platformTally.topLevel,
  withSub: x.platformTally.withSubUnits,
  events: x.events.length,
  cases: x.cases.length,
});
