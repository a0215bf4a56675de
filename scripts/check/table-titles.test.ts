import { describe, expect, test } from 'vitest';
import { checkTableTitles } from './table-titles.ts';

const table = (id: string, zh: string, doc = 'd') => ({ id, doc, title: { zh, en: id } });

describe('checkTableTitles', () => {
  test('distinct titles pass; the same title in another document is no clash', () => {
    expect(checkTableTitles([table('a', '甲'), table('b', '乙'), table('c', '甲', 'other')])).toEqual([]);
  });
  test('a copied caption used as a title is reported', () => {
    expect(checkTableTitles([table('a', '甲'), table('b', '甲')])).toEqual([
      'tables/b: title “甲” is also the title of tables/a; supply a distinct title.zh (titleSupplied: true) in ' +
        'content/curated/tables.yaml',
    ]);
  });
});
