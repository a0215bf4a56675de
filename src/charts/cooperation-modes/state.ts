import type { TableRecord } from '../../schemas/tables.ts';
import { exactSum } from '../shared/format.ts';
import { amountAt, bodyRows, headerColumn, type Amount } from '../shared/table-cells.ts';

/** One side's mode in a row: 引进设备型 14. */
export interface Mode {
  label: string;
  amount: Amount;
}

/** A row of the table: an import mode and the export mode printed beside it. */
export interface ModePair {
  row: number;
  imports: Mode;
  exports: Mode;
}

export interface ModesState {
  /** Columns: label and share of import modes (引进模式), then of export modes (输出模式). */
  columns: { importLabel: number; importShare: number; exportLabel: number; exportShare: number };
  pairs: ModePair[];
  totals: { imports: number; exports: number };
  max: number;
}

/** 中亚五国企业开展合作的模式 → pairs of import and export modes with their percentages. */
export function modesState(table: TableRecord): ModesState {
  const importLabel = headerColumn(table, 0, /引进/u);
  const exportLabel = headerColumn(table, 0, /输出/u);
  const columns = {
    importLabel,
    importShare: headerColumn(table, 0, /比例/u, importLabel + 1),
    exportLabel,
    exportShare: headerColumn(table, 0, /比例/u, exportLabel + 1),
  };
  const pairs = bodyRows(table).map((row) => ({
    row,
    imports: { label: table.rows[row]![importLabel]!.printed, amount: amountAt(table, row, columns.importShare) },
    exports: { label: table.rows[row]![exportLabel]!.printed, amount: amountAt(table, row, columns.exportShare) },
  }));
  return {
    columns,
    pairs,
    totals: {
      imports: exactSum(pairs.map((p) => p.imports.amount)),
      exports: exactSum(pairs.map((p) => p.exports.amount)),
    },
    max: Math.max(...pairs.flatMap((p) => [p.imports.amount.value, p.exports.amount.value])),
  };
}
