import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tableRecordSchema, type TableRecord } from '../schemas/tables.ts';
import { cellRefs } from './cell-ids.ts';

const DIR = new URL('../../content/tables/', import.meta.url);
const tables = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => tableRecordSchema.parse(JSON.parse(readFileSync(new URL(f, DIR), 'utf8'))));

/** A copy of a table with one body cell's printed text changed. */
function edited(t: TableRecord, r: number, c: number): TableRecord {
  const change = (cell: TableRecord['rows'][number][number]) => ({ ...cell, printed: `${cell.printed}9`, value: 9 });
  const rows = t.rows.map((row, i) => row.map((cell, j) => (i === r && j === c ? change(cell) : cell)));
  return { ...t, rows };
}

describe('cell anchors', () => {
  test('every table: one unique c- anchor per citable cell, each with both labels where the table has them', () => {
    for (const t of tables) {
      const refs = cellRefs(t);
      expect(new Set(refs.map((r) => r.id)).size, t.id).toBe(refs.length);
      for (const r of refs) expect(r.id, t.id).toMatch(/^c-[0-9a-f]{8}(?:-\d+)?$/u);
    }
  });

  test('editing a value, or another table, never moves an anchor', () => {
    for (const t of tables.filter((x) => cellRefs(x).length > 1)) {
      const before = cellRefs(t);
      const target = before[before.length - 1]!;
      expect(cellRefs(edited(t, target.row, target.column)), t.id).toEqual(before);
    }
  });

  test('depends on the table, the row label and the column label', () => {
    const t = tables.find((x) => cellRefs(x).length > 2)!;
    const ids = cellRefs(t).map((r) => r.id);
    expect(
      cellRefs({ ...t, id: `${t.id}-copy` })
        .map((r) => r.id)
        .some((id) => ids.includes(id)),
    ).toBe(false);
  });
});
