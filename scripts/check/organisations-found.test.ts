import { describe, expect, test } from 'vitest';
import { checkOrganisationsFound } from './organisations-found.ts';

const org = (id: string, mentions: number, parent: string | null = null) => ({
  id,
  zh: id,
  parent,
  mentions: Array.from({ length: mentions }, () => ({ doc: 'd', anchor: 'p-1' })),
});

describe('checkOrganisationsFound', () => {
  test('an organisation with a mention, or with units, passes', () => {
    expect(checkOrganisationsFound([org('uni', 0), org('college', 1, 'uni'), org('bank', 2)])).toEqual([]);
  });
  test('one printed only inside another body’s name is reported', () => {
    expect(checkOrganisationsFound([org('科技厅', 0)])).toEqual([
      "organisations/科技厅: no passage prints “科技厅” on its own and no unit's name begins with it; " +
        'check its glossary entry (content/curated/glossary/)',
    ]);
  });
});
