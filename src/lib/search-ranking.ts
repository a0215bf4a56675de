/**
 * Pagefind ranking for this site, chosen with the evaluation set (tests/search/queries.yaml):
 * a milder length penalty lets a record's own page (longer than a figure card) win for its name.
 */
export const SEARCH_RANKING = { pageLength: 0.3, termSaturation: 0.8 } as const;
