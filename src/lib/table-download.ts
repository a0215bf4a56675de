import type { Locale } from '../i18n/index.ts';
import { owners, tableCells } from './table-cells.ts';
import type { TableRecord } from '../schemas/tables.ts';
import { toCsv, type Cell } from './csv.ts';
import { scaledValue } from './quantity-en.ts';

/** What a downloaded table says about itself, in the page's language. */
export interface TableFileMeta {
  title: string;
  period: string | null;
  unit: string | null;
  /** The source document and where in it (`…, source lines 95–103`). */
  source: string;
  licence: string;
  /** The table page. */
  url: string;
}

const WORDS = {
  zh: { row: '项目', period: '时期', unit: '单位', source: '来源', licence: '许可', url: '网址' },
  en: { row: 'Row', period: 'Period', unit: 'Unit', source: 'Source', licence: 'Licence', url: 'URL' },
} as const;

export interface TableFile {
  /** Column names, in order. */
  columns: string[];
  /** One row per body row of the table, as printed: row label, values, then the metadata columns. */
  rows: Cell[][];
}

/**
 * A table as printed, for its page's download: one line per table row, one column per table
 * column (header rows joined with ` / `), cells in `grid` (the page's language; numbers as the
 * typed value). Where the unit is printed with 亿/万, each number column is followed by the
 * value in the base unit (`… (USD)`), the printed number kept. Period, unit, source, licence and
 * the page's address are columns of every row, so each line can be read on its own.
 */
export function tableFile(
  table: TableRecord,
  grid: readonly (readonly string[])[],
  locale: Locale,
  meta: TableFileMeta,
): TableFile {
  const w = WORDS[locale];
  const rows = table.rows.map((row, r) => row.map((cell, c) => ({ ...cell, printed: grid[r]?.[c] ?? cell.printed })));
  const cells = tableCells({ rows, headerRows: table.headerRows });
  const own = owners({ rows });
  const scaledUnit = table.unit ? scaledValue(1, table.unit.zh)?.unit : null;
  const body = rows.slice(table.headerRows).map((_, i) => table.headerRows + i);
  const label = (c: number) => {
    if (c === 0) return cells.find((x) => x.column === 1 && x.header && x.printed.trim())?.printed.trim() ?? w.row;
    return body.map((r) => cells[r * table.columns + c]?.column_label).find(Boolean) ?? `${c + 1}`;
  };
  const scaledColumn = (c: number) => scaledUnit && c > 0 && body.some((r) => table.rows[r]![c]!.kind === 'number');
  const columns: string[] = [];
  for (let c = 0; c < table.columns; c++) {
    columns.push(label(c));
    if (scaledColumn(c)) columns.push(`${label(c)} (${scaledUnit![locale]})`);
  }
  columns.push(w.period, w.unit, w.source, w.licence, w.url);
  const out = body.map((r) => {
    const line: Cell[] = [];
    for (let c = 0; c < table.columns; c++) {
      // A cell covered by a span repeats the spanning cell, so each line is complete.
      const [or, oc] = own[r]![c]!;
      const typed = table.rows[or]![oc]!;
      const text = rows[or]![oc]!.printed.trim();
      line.push(typed.kind === 'number' ? typed.value : text || null);
      if (scaledColumn(c)) {
        const base = typed.kind === 'number' && typed.value !== null ? scaledValue(typed.value, table.unit!.zh) : null;
        line.push(base?.plain ?? null);
      }
    }
    line.push(meta.period, meta.unit, meta.source, meta.licence, meta.url);
    return line;
  });
  return { columns, rows: out };
}

/** The CSV text of a table file (UTF-8 with BOM, CRLF, formula-safe: see csv.ts). */
export const tableCsv = (file: TableFile): string => toCsv([file.columns, ...file.rows]);

/** The JSON text of a table file: its metadata, the column names and the same rows as arrays. */
export function tableJson(table: TableRecord, file: TableFile, meta: TableFileMeta): string {
  const data = file.columns.length - 5;
  const rows = file.rows.map((row) => row.slice(0, data));
  const { title, period, unit, source, licence, url } = meta;
  const columns = file.columns.slice(0, data);
  return `${JSON.stringify({ id: table.id, title, period, unit, source, licence, url, columns, rows }, null, 2)}\n`;
}
