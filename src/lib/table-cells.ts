import type { TableRecord } from '../schemas/tables.ts';

/** 约/近/以上… — qualifiers a printed number may carry; each goes to its own column, never into the value. */
export const QUALIFIERS = [
  '约',
  '近',
  '余',
  '多',
  '左右',
  '以上',
  '以下',
  '以内',
  '不足',
  '不超过',
  '不低于',
  '不少于',
  '超过',
  '突破',
] as const;

/** One cell of a source table in long ("tidy") form: one CSV row per cell of the grid. */
export interface CellRow {
  row: number;
  column: number;
  header: boolean;
  covered: boolean;
  row_label: string | null;
  column_label: string | null;
  printed: string;
  value: number | null;
  value_status: TableRecord['rows'][number][number]['kind'];
  flag: string | null;
  qualifier: string | null;
}

/** The grid position of the cell that spans each position (itself when it spans nothing). */
export function owners(t: Pick<TableRecord, 'rows'>): [number, number][][] {
  const own = t.rows.map((row, r) => row.map((_, c) => [r, c] as [number, number]));
  t.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.covered) return;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) if (own[r + dr]?.[c + dc]) own[r + dr]![c + dc] = [r, c];
    }),
  );
  return own;
}

/** The qualifier printed with a number (`约85` → `约`), or null. */
export function qualifierOf(printed: string): string | null {
  const words = printed.replace(/[\d.,\s%]+/gu, ' ').trim();
  return QUALIFIERS.filter((q) => words.includes(q)).join(';') || null;
}

/**
 * The label column that governs column `c`: the nearest of `labelColumns` to its left, or null
 * for a label column itself (a label has no row label) and for columns left of every label.
 */
export function labelColumnOf(c: number, labelColumns: readonly number[]): number | null {
  if (labelColumns.includes(c)) return null;
  const left = labelColumns.filter((l) => l < c);
  return left.length ? Math.max(...left) : null;
}

/**
 * Every cell of a table, row by row (1-based positions, header rows included and marked). Each
 * body cell carries the labels of its row (its block's label column, the first column unless the
 * table declares side-by-side blocks) and column (the header rows, joined by ` / `), following
 * spans, so a row of the CSV can be read on its own.
 */
export function tableCells(
  t: Pick<TableRecord, 'rows' | 'headerRows'> & { rowLabelColumns?: readonly number[] },
): CellRow[] {
  const own = owners(t);
  const text = ([r, c]: [number, number]) => t.rows[r]![c]!.printed.trim();
  const labels = t.rowLabelColumns ?? [0];
  return t.rows.flatMap((row, r) =>
    row.map((cell, c) => {
      const body = r >= t.headerRows;
      const headers = [
        ...new Set(
          own
            .slice(0, t.headerRows)
            .map((h) => text(h[c]!))
            .filter(Boolean),
        ),
      ];
      const labelColumn = labelColumnOf(c, labels);
      const rowLabel = labelColumn === null ? '' : text(own[r]![labelColumn]!);
      return {
        row: r + 1,
        column: c + 1,
        header: cell.header,
        covered: cell.covered,
        row_label: body && rowLabel ? rowLabel : null,
        column_label: body && headers.length ? headers.join(' / ') : null,
        printed: cell.printed,
        value: cell.kind === 'number' ? cell.value : null,
        value_status: cell.kind,
        flag: cell.kind === 'missing' || cell.kind === 'not-applicable' ? cell.printed.trim() : null,
        qualifier: cell.kind === 'number' ? qualifierOf(cell.printed) : null,
      } satisfies CellRow;
    }),
  );
}
