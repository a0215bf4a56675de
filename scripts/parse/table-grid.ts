import type { Cell, Span } from '../../src/schemas/document.ts';
import { cleanText, scanInlines } from './inline-errata.ts';

/** One printed cell before structure is inferred. */
export interface RawCell {
  text: string;
  span: Span | null;
}

/**
 * Infers header rows and display spans of a grid whose empty cells are kept as printed.
 *
 * Row 0 is a header. Further rows are headers while the row above leaves gaps for them
 * (an empty cell right of the first column) and they start with an empty cell, as in the
 * two-row headers of the 2013 trade table. A header cell spans right over the empty cells
 * whose column is filled below, and down over the empty cells beneath it. In the body, an
 * empty first cell continues the row group above it.
 */
export function buildGrid(rows: readonly RawCell[][], columns: number): { headerRows: number; cells: Cell[][] } {
  const cells: Cell[][] = rows.map((row) =>
    Array.from({ length: columns }, (_, c) => {
      const raw = row[c] ?? { text: '', span: null };
      const inlines = scanInlines(raw.text);
      return {
        text: cleanText(inlines),
        inlines,
        header: false,
        colspan: 1,
        rowspan: 1,
        covered: false,
        span: raw.span,
      };
    }),
  );
  const isEmpty = (r: number, c: number) => (rows[r]?.[c]?.text ?? '').trim() === '';

  let headerRows = rows.length > 1 ? 1 : rows.length;
  while (
    headerRows < rows.length - 1 &&
    isEmpty(headerRows, 0) &&
    Array.from({ length: columns - 1 }, (_, i) => i + 1).some((c) => isEmpty(headerRows - 1, c))
  ) {
    headerRows++;
  }
  for (let r = 0; r < headerRows; r++) for (const cell of cells[r]!) cell.header = true;

  for (let r = 0; r < headerRows; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = cells[r]![c]!;
      if (cell.covered) continue;
      if (!isEmpty(r, c)) {
        // Span right over empty cells whose column is filled in the header row below.
        let right = c + 1;
        while (right < columns && isEmpty(r, right) && r + 1 < headerRows && !isEmpty(r + 1, right)) right++;
        cell.colspan = right - c;
        for (let k = c + 1; k < right; k++) cells[r]![k]!.covered = true;
      }
      if (isEmpty(r, c) && c !== 0) continue;
      // Span down over the empty header cells beneath (the corner cell included).
      let down = r + 1;
      while (down < headerRows && isEmpty(down, c)) down++;
      cell.rowspan = down - r;
      for (let k = r + 1; k < down; k++) cells[k]![c]!.covered = true;
    }
  }

  for (let r = headerRows; r < rows.length; r++) {
    if (!isEmpty(r, 0)) {
      let down = r + 1;
      while (down < rows.length && isEmpty(down, 0) && !rowIsEmpty(rows[down]!)) down++;
      cells[r]![0]!.rowspan = down - r;
      for (let k = r + 1; k < down; k++) cells[k]![0]!.covered = true;
    }
  }
  return { headerRows, cells };
}

const rowIsEmpty = (row: readonly RawCell[]) => row.every((c) => c.text.trim() === '');
