import type { TableRecord } from '../schemas/tables.ts';
import { cellLabelsIn, cellRefs } from './cell-ids.ts';
import { renderTokens } from './quantity-en.ts';

/**
 * Row and column labels of a table's citable cells, by cell id, in the page's language: the
 * project's English of the cells when `englishCells` is given (quantities rendered), else as printed.
 */
export function cellLabels(
  table: Pick<TableRecord, 'id' | 'rows' | 'headerRows'>,
  englishCells?: readonly (readonly string[])[] | undefined,
): Map<string, { rowLabel: string; columnLabel: string }> {
  if (englishCells)
    return cellLabelsIn(
      table,
      englishCells.map((row) => row.map((x) => renderTokens(x))),
    );
  return new Map(cellRefs(table).map((r) => [r.id, { rowLabel: r.rowLabel, columnLabel: r.columnLabel }]));
}
