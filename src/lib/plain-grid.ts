/** A cell of GridTable's grid: how far it spans and whether a span from another cell covers it. */
export interface GridSpan {
  colspan: number;
  rowspan: number;
  covered: boolean;
}

/**
 * The grid of a table without spans (every cell stands alone), in the shape GridTable draws: the
 * record tables of the pages: a header row, then one row per item.
 */
export const plainGrid = (rows: number, columns: number): GridSpan[][] =>
  Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => ({ colspan: 1, rowspan: 1, covered: false })),
  );
