import { labelColumnOf, tableCells, type CellRow } from '../../src/lib/table-cells.ts';
import type { TableRecord } from '../../src/schemas/tables.ts';

type Checked = Pick<TableRecord, 'id' | 'rows' | 'headerRows' | 'rowLabelColumns'>;

const isText = (t: Checked, c: number) =>
  t.rows.slice(t.headerRows).every((r) => r[c]?.kind === 'text' || r[c]?.kind === 'empty');
/** The printed text at a grid position, following row and column spans back to the cell that spans it. */
function spannedText(t: Checked, r: number, c: number): string {
  for (let rr = r; rr >= 0; rr--) {
    for (let cc = c; cc >= 0; cc--) {
      const cell = t.rows[rr]?.[cc];
      if (cell && !cell.covered && rr + cell.rowspan > r && cc + cell.colspan > c) return cell.printed.trim();
    }
  }
  return '';
}
const headerPath = (t: Checked, c: number) => t.rows.slice(0, t.headerRows).map((_, r) => spannedText(t, r, c));

/**
 * Blocks printed side by side that the metadata does not declare: a column heading repeated in
 * the last header row (比例 … 比例) under the same group headings, each copy preceded by a text
 * column. The text column before a later copy labels that block's rows, not the first column.
 */
function undeclaredBlocks(t: Checked): number[] {
  if (t.headerRows === 0) return [];
  const last = t.rows[t.headerRows - 1]!.map((c) => c.printed.trim());
  const found: number[] = [];
  last.forEach((h, b) => {
    if (!h || b < 2) return;
    const a = last.findIndex((x, i) => i < b && x === h);
    if (a < 1 || headerPath(t, a).slice(0, -1).join('|') !== headerPath(t, b).slice(0, -1).join('|')) return;
    const label = b - 1;
    if (label > a && isText(t, a - 1) && isText(t, label) && !t.rowLabelColumns.includes(label)) found.push(label);
  });
  return found;
}

/**
 * A CSV row label must be the label of the cell's own row: the printed text of its block's label
 * column in the same source row. Catches a share labelled with the other block's mode.
 */
export function checkTableRowLabels(
  tables: readonly Checked[],
  cellsOf: (t: Checked) => CellRow[] = tableCells,
): string[] {
  const problems: string[] = [];
  for (const t of tables) {
    for (const c of undeclaredBlocks(t)) {
      problems.push(
        `tables/${t.id}: column ${c + 1} labels the block of columns to its right (a heading repeats beside it); ` +
          'add it to rowLabelColumns in content/curated/tables.yaml',
      );
    }
    for (const cell of cellsOf(t)) {
      if (cell.header || cell.covered || cell.row <= t.headerRows) continue;
      const lc = labelColumnOf(cell.column - 1, t.rowLabelColumns);
      const own = lc === null ? null : spannedText(t, cell.row - 1, lc) || null;
      if (cell.row_label !== own) {
        problems.push(
          `tables/${t.id}: row ${cell.row}, column ${cell.column} is labelled “${cell.row_label ?? ''}” ` +
            `but its own row label is “${own ?? ''}”`,
        );
      }
    }
  }
  return problems;
}
