import type { Organisation } from '../../src/schemas/organisations.ts';

/**
 * Every organisation is printed somewhere as itself: a passage names it on its own, or it has
 * units whose names begin with its name. One printed only inside a longer name of a different
 * body (科技厅 only in 浙江省科技厅) is not what its glossary entry says it is.
 */
export function checkOrganisationsFound(
  organisations: readonly Pick<Organisation, 'id' | 'zh' | 'parent' | 'mentions'>[],
): string[] {
  const parents = new Set(organisations.map((o) => o.parent).filter((p) => p !== null));
  return organisations
    .filter((o) => o.mentions.length === 0 && !parents.has(o.id))
    .map(
      (o) =>
        `organisations/${o.id}: no passage prints “${o.zh}” on its own and no unit's name begins with it; ` +
        'check its glossary entry (content/curated/glossary/)',
    );
}
