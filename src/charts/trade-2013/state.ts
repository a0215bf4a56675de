import type { Country } from '../../schemas/records.ts';
import type { TableRecord } from '../../schemas/tables.ts';
import { printSum } from '../shared/format.ts';
import { amountAt, bodyRows, countryOf, headerColumn, type Amount } from '../shared/table-cells.ts';

/** One country's 2013 trade with China as printed: total, imports and exports with their main goods. */
export interface TradeRow {
  /** Row index in the source table (for labels and links). */
  row: number;
  country: Country;
  /** 贸易总额 — the printed total. */
  total: Amount;
  /** 中国进口 — China's imports from the country. */
  imports: Amount;
  /** 中国出口 — China's exports to the country. */
  exports: Amount;
  /** Imports + exports, computed from the printed figures. */
  sum: Amount;
  /** The printed total differs from imports + exports. */
  mismatch: boolean;
}

export interface TradeState {
  rows: TradeRow[];
  /** Columns of the source table: total, goods and amount of imports and of exports. */
  columns: { total: number; importGoods: number; imports: number; exportGoods: number; exports: number };
  /** The largest import or export amount (the scale's extent on either side). */
  maxFlow: number;
}

/** 2013 年中国与中亚五国进出口商品结构 → one row per country, columns found by their headers. */
export function tradeState(table: TableRecord): TradeState {
  const total = headerColumn(table, 0, /贸易总额/u);
  const importStart = headerColumn(table, 0, /进口/u);
  const exportStart = headerColumn(table, 0, /出口/u);
  const span = (start: number) => start + (table.rows[0]![start]!.colspan || 1);
  const columns = {
    total,
    importGoods: headerColumn(table, 1, /商品/u, importStart, span(importStart)),
    imports: headerColumn(table, 1, /金额/u, importStart, span(importStart)),
    exportGoods: headerColumn(table, 1, /商品/u, exportStart, span(exportStart)),
    exports: headerColumn(table, 1, /金额/u, exportStart, span(exportStart)),
  };
  const rows = bodyRows(table).map((r): TradeRow => {
    const imports = amountAt(table, r, columns.imports);
    const exports = amountAt(table, r, columns.exports);
    const sumTotal = amountAt(table, r, columns.total);
    const sum = { value: Number(printSum([imports, exports])), printed: printSum([imports, exports]) };
    return {
      row: r,
      country: countryOf(table.rows[r]![0]!.printed),
      total: sumTotal,
      imports,
      exports,
      sum,
      mismatch: sum.value !== sumTotal.value,
    };
  });
  return { rows, columns, maxFlow: Math.max(...rows.flatMap((r) => [r.imports.value, r.exports.value])) };
}
