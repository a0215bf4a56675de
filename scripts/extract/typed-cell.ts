import type { Cell } from '../../src/schemas/document.ts';
import type { TypedCell } from '../../src/schemas/tables.ts';

const NUMBER = /^-?\d+(?:\.\d+)?$/u;

/** Types a printed cell without changing it: `0.62` is a number, `—` missing, `/` not applicable. */
export function typeCell(cell: Cell): TypedCell {
  const printed = cell.text;
  const base = { printed, header: cell.header, colspan: cell.colspan, rowspan: cell.rowspan, covered: cell.covered };
  if (printed === '') return { ...base, kind: 'empty', value: null };
  if (cell.header) return { ...base, kind: 'text', value: null };
  if (NUMBER.test(printed)) return { ...base, kind: 'number', value: Number(printed) };
  if (/^[—–-]+$/u.test(printed)) return { ...base, kind: 'missing', value: null };
  if (printed === '/') return { ...base, kind: 'not-applicable', value: null };
  return { ...base, kind: 'text', value: null };
}
