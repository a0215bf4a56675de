import { countryOfName } from '../../lib/countries.ts';
import type { Country } from '../../schemas/records.ts';
import type { TableRecord, TypedCell } from '../../schemas/tables.ts';

/** A printed number: the value and the digits as printed (`0.62`, `30.0`). */
export interface Amount {
  value: number;
  printed: string;
}

/** A cell that may be missing (`—`): null value means “no figure”, never zero. */
export interface MaybeAmount {
  value: number | null;
  printed: string;
  kind: TypedCell['kind'];
}

const where = (t: TableRecord, r: number, c: number) =>
  `table ${t.id} (${t.doc}#${t.anchor}), row ${r + 1}, column ${c + 1}`;

/** The number in a cell; throws, naming the table and cell, when the cell is not a number. */
export function amountAt(t: TableRecord, r: number, c: number): Amount {
  const cell = t.rows[r]?.[c];
  if (!cell || cell.kind !== 'number' || cell.value === null)
    throw new Error(`${where(t, r, c)}: expected a number, found “${cell?.printed ?? ''}”`);
  return { value: cell.value, printed: cell.printed };
}

/** The number in a cell, or a null value for a missing (—) or not-applicable (/) cell. */
export function maybeAmountAt(t: TableRecord, r: number, c: number): MaybeAmount {
  const cell = t.rows[r]?.[c];
  if (!cell) throw new Error(`${where(t, r, c)}: no such cell`);
  if (cell.kind === 'number' && cell.value !== null)
    return { value: cell.value, printed: cell.printed, kind: cell.kind };
  if (cell.kind === 'missing' || cell.kind === 'not-applicable' || cell.kind === 'empty')
    return { value: null, printed: cell.printed, kind: cell.kind };
  throw new Error(`${where(t, r, c)}: expected a number or “—”, found “${cell.printed}”`);
}

/** Column of the header cell whose printed text matches, searching one header row. */
export function headerColumn(t: TableRecord, headerRow: number, match: RegExp, from = 0, to = t.columns): number {
  const row = t.rows[headerRow] ?? [];
  for (let c = from; c < to; c++) if (!row[c]?.covered && match.test(row[c]?.printed ?? '')) return c;
  throw new Error(`table ${t.id}: no header matching ${match} in header row ${headerRow + 1}`);
}

/** Indices of the body rows (after the header rows). */
export const bodyRows = (t: TableRecord): number[] => t.rows.map((_, r) => r).filter((r) => r >= t.headerRows);

/** The country a printed Chinese country name stands for. */
export function countryOf(printed: string): Country {
  const hit = countryOfName(printed);
  if (!hit) throw new Error(`unknown country name “${printed}”`);
  return hit;
}
