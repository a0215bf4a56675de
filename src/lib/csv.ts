/**
 * The one CSV writer (and its reader) of the site: the data package, the table downloads and the
 * charts' data files all go through `toCsv`.
 */

/** A CSV cell: text, a number, a flag, or nothing (an empty cell). */
export type Cell = string | number | boolean | null;

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula starts with `=`, `+`, `-` or `@` (or a tab or
 * carriage return, which some programs skip first). Such a text cell gets a leading apostrophe,
 * which spreadsheets show as text and never evaluate (OWASP "CSV injection"). Numbers are numbers:
 * a negative value is written as it is.
 */
const FORMULA = /^[=+\-@\t\r]/u;

/** One cell in RFC 4180 form: quoted when it holds a comma, quote, line break or edge spaces. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const raw = typeof value === 'string' ? value : String(value);
  const text = typeof value === 'string' && FORMULA.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * A CSV file as spreadsheet programs open it correctly: UTF-8 with a byte-order mark (so Excel
 * reads Chinese), CRLF line ends (RFC 4180), empty fields for missing values. The first row is
 * the header.
 */
export const toCsv = (rows: readonly (readonly Cell[])[]): string =>
  `${BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** Reads a CSV written by toCsv (or any RFC 4180 file): rows of strings, BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}
