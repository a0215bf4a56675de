import { createHash } from 'node:crypto';
import { tableCells } from './table-cells.ts';
import type { TableRecord } from '../schemas/tables.ts';

/** One citable cell of a table: a body cell outside the first column (its row's label). */
export interface CellRef {
  /** 0-based grid position. */
  row: number;
  column: number;
  /** `c-` and 8 hex digits (`-2`, `-3` for repeats): the cell's anchor on the table page. */
  id: string;
  /** Labels as printed (Chinese): the row's first cell, the column's header cells joined by ` / `. */
  rowLabel: string;
  columnLabel: string;
}

/**
 * The anchors of a table's cells. Like the other anchors, each is a hash — here of the table's
 * record id (its URL, which a correction inside the table does not change), the cell's row label
 * and its column label — so editing another cell, row or table never moves it. Two cells with the
 * same labels are told apart by their order, as repeated headings are.
 */
export function cellRefs(table: Pick<TableRecord, 'id' | 'rows' | 'headerRows'>): CellRef[] {
  const seen = new Map<string, number>();
  const refs: CellRef[] = [];
  for (const cell of tableCells(table)) {
    const r = cell.row - 1;
    const c = cell.column - 1;
    const typed = table.rows[r]![c]!;
    // The first column labels its row (GridTable makes it the row header): it is not a value.
    if (r < table.headerRows || c === 0 || typed.covered || typed.kind === 'empty') continue;
    const rowLabel = cell.row_label ?? '';
    const columnLabel = cell.column_label ?? '';
    const hash = createHash('sha256').update(`${table.id}\n${rowLabel}\n${columnLabel}`).digest('hex').slice(0, 8);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    refs.push({ row: r, column: c, id: count === 1 ? `c-${hash}` : `c-${hash}-${count}`, rowLabel, columnLabel });
  }
  return refs;
}

/** `cellRefs` by grid position, `"row,column"`. */
export const cellRefsByPosition = (table: Pick<TableRecord, 'id' | 'rows' | 'headerRows'>): Map<string, CellRef> =>
  new Map(cellRefs(table).map((ref) => [`${ref.row},${ref.column}`, ref]));

/**
 * Row and column labels of every citable cell in another text of the same grid (the project's
 * English of a table's cells), found as `cellRefs` finds the printed ones; a cell the grid lacks
 * keeps its printed text.
 */
export function cellLabelsIn(
  table: Pick<TableRecord, 'id' | 'rows' | 'headerRows'>,
  grid: readonly (readonly string[])[],
): Map<string, { rowLabel: string; columnLabel: string }> {
  const rows = table.rows.map((row, r) => row.map((cell, c) => ({ ...cell, printed: grid[r]?.[c] ?? cell.printed })));
  const cells = tableCells({ rows, headerRows: table.headerRows });
  const byPosition = new Map(cells.map((x) => [`${x.row - 1},${x.column - 1}`, x]));
  return new Map(
    cellRefs(table).map((ref) => {
      const x = byPosition.get(`${ref.row},${ref.column}`)!;
      return [ref.id, { rowLabel: x.row_label ?? '', columnLabel: x.column_label ?? '' }];
    }),
  );
}
