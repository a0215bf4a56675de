/** One CSV field: quoted when it holds a comma, quote or line break. */
const field = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

/**
 * CSV as spreadsheet programs open it correctly: UTF-8 with a byte-order mark (so Excel reads
 * Chinese), CRLF line ends (RFC 4180), empty fields for missing values.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
