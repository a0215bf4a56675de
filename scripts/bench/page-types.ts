/**
 * One built page of every page type, per language: the sample the accessibility test and
 * `npm run bench` run on. Records chosen here are ones the search
 * evaluation set relies on too, so they are unlikely to be renamed.
 */
export interface PageType {
  /** Short name used in test titles and the benchmark table. */
  type: string;
  /** Site path (with a query string where the page needs one to show its content). */
  path: string;
  /** The page runs a chart's script. */
  chart?: boolean;
  /** The page runs the search script. */
  search?: boolean;
}

const PER_LANGUAGE: readonly PageType[] = [
  { type: 'home', path: '' },
  { type: 'sources list', path: 'sources/' },
  { type: 'reader', path: 'sources/technology-transfer-network/' },
  { type: 'parallel reader', path: 'sources/central-asia-cooperation-2018/parallel/' },
  { type: 'platforms index', path: 'platforms/' },
  { type: 'platforms by country', path: 'platforms/country/kz/' },
  { type: 'platforms by kind', path: 'platforms/kind/research-centre/' },
  { type: 'platforms, filters combined', path: 'platforms/filter/kz/all/built/' },
  { type: 'platform', path: 'platforms/china-tajikistan-agricultural-science-park/' },
  { type: 'countries index', path: 'countries/' },
  { type: 'country', path: 'countries/kz/' },
  { type: 'timeline index', path: 'timeline/' },
  { type: 'timeline, filtered', path: 'timeline/filter/kz/all/all/' },
  { type: 'event', path: 'timeline/uz-strategic-partnership-2012/' },
  { type: 'tables index', path: 'tables/' },
  { type: 'table', path: 'tables/trade-structure-2013/' },
  // Kazakhstan's total trade: a cell anchor is a hash of table id, row and column label (src/lib/cell-ids.ts).
  { type: 'table value', path: 'tables/trade-structure-2013/c-0879eb71/' },
  { type: 'figures index', path: 'figures/' },
  { type: 'figure', path: 'figures/pilot-zone-major-projects-investment-2018/' },
  { type: 'cases index', path: 'cases/' },
  { type: 'case', path: 'cases/tianye-water-saving-drip-irrigation-tajikistan/' },
  { type: '2018 call', path: 'programme/' },
  { type: 'key project', path: 'programme/call-2018-key-project-4/' },
  { type: 'policies index', path: 'policies/' },
  { type: 'policy', path: 'policies/xinzhengfa-2018-44/' },
  { type: 'organisations index', path: 'organisations/' },
  { type: 'organisation', path: 'organisations/tbea/' },
  { type: 'translation status', path: 'translation-status/' },
  { type: 'candidates index', path: 'candidates/' },
  // An unreviewed candidate (a key figure's sentence, read as a dated event); accepting it removes the page.
  { type: 'candidate', path: 'candidates/event-policy-and-innovation-zone-2018-6d80a9a3/' },
  { type: 'search', path: 'search/?q=', search: true },
  { type: 'charts gallery', path: 'charts/' },
  { type: 'chart', path: 'charts/trade-2013/', chart: true },
  { type: 'chart, table view', path: 'charts/trade-2013/table/' },
  { type: 'data', path: 'data/' },
  { type: 'changelog', path: 'changelog/' },
  { type: 'report an error', path: 'report/' },
];

/** A query each language's search page is opened with, so results are on the page. */
export const SEARCH_QUERY = { zh: '滴灌', en: 'drip irrigation' } as const;

/** Every sampled page: the language-neutral ones, then each type in zh and en. */
export const PAGE_TYPES: readonly (PageType & { lang: 'zh' | 'en' | null })[] = [
  { type: 'language choice', path: '/', lang: null },
  { type: '404', path: '/404.html', lang: null },
  ...(['zh', 'en'] as const).flatMap((lang) =>
    PER_LANGUAGE.map((p) => ({
      ...p,
      lang,
      path: `/${lang}/${p.path}${p.search ? encodeURIComponent(SEARCH_QUERY[lang]) : ''}`,
    })),
  ),
];

/** The dist/ file a sampled path is served from. */
export const fileOf = (path: string): string => {
  const bare = path.split('?')[0]!;
  return bare.endsWith('/') ? `${bare.slice(1)}index.html` : bare.slice(1);
};
