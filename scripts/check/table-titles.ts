import type { TableRecord } from '../../src/schemas/tables.ts';

/**
 * Tables are listed by title, so two tables of one document may not share a Chinese title: a
 * caption copied from another table or shared by several needs a supplied title (the printed
 * caption stays on the table's page).
 */
export function checkTableTitles(tables: readonly Pick<TableRecord, 'id' | 'doc' | 'title'>[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const t of tables) {
    const key = `${t.doc}\n${t.title.zh}`;
    const prev = seen.get(key);
    if (prev)
      problems.push(
        `tables/${t.id}: title “${t.title.zh}” is also the title of tables/${prev}; ` +
          'supply a distinct title.zh (titleSupplied: true) in content/curated/tables.yaml',
      );
    else seen.set(key, t.id);
  }
  return problems;
}
