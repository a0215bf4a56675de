import { stack } from 'd3-shape';
import type { TableRecord } from '../../schemas/tables.ts';
import { exactSum, printSum } from '../shared/format.ts';
import { amountAt, bodyRows, type Amount } from '../shared/table-cells.ts';

/** One stacked segment: a technology level's share in one respondent group. */
export interface LevelSegment {
  /** Index of the level (row order of the source, 国际领先 first). */
  level: number;
  /** Row in the source table. */
  row: number;
  amount: Amount;
  /** Where the segment starts and ends on the 0–100 (or more) axis. */
  start: number;
  end: number;
}

/** A respondent group: one column of the survey table, one bar. */
export interface LevelGroup {
  col: number;
  /** 面向新疆问卷 / 面向中亚五国问卷 — the questionnaire (header row 1). */
  questionnaire: string;
  /** 新疆技术方… — the respondent group (header row 2). */
  respondent: string;
  segments: LevelSegment[];
  /** Sum of the printed percentages. */
  total: number;
  totalPrinted: string;
  /** The column does not add up to 100 (also listed in the table's sum checks). */
  flagged: boolean;
}

export interface LevelState {
  /** Levels in printed order: [row, printed label]. */
  levels: { row: number; label: string }[];
  groups: LevelGroup[];
  /** Axis extent: 100, or more when a column adds up to more. */
  max: number;
}

/** The questionnaire a column belongs to: the spanning header cell above it. */
function spanningHeader(t: TableRecord, col: number): string {
  const row = t.rows[0]!;
  for (let c = col; c >= 0; c--) if (!row[c]!.covered) return row[c]!.printed;
  throw new Error(`table ${t.id}: no header above column ${col + 1}`);
}

/** 技术水平比率统计表 → 100% stacked bars per respondent group; offsets stacked with d3-shape. */
export function levelState(table: TableRecord): LevelState {
  const rows = bodyRows(table);
  const levels = rows.map((row) => ({ row, label: table.rows[row]![0]!.printed }));
  const checked = new Set(table.sumChecks.filter((c) => c.kind === 'column-sum').map((c) => c.index));
  const columns = table.rows[0]!.map((_, c) => c).filter((c) => c > 0);
  const amounts = columns.map((col) => rows.map((row) => amountAt(table, row, col)));
  const series = stack<Amount[], number>()
    .keys(levels.map((_, i) => i))
    .value((d, key) => d[key]!.value)(amounts);
  const groups = columns.map((col, g): LevelGroup => {
    const parts = amounts[g]!;
    const total = exactSum(parts);
    return {
      col,
      questionnaire: spanningHeader(table, col),
      respondent: table.rows[1]![col]!.printed,
      segments: levels.map((l, i) => ({
        level: i,
        row: l.row,
        amount: parts[i]!,
        start: series[i]![g]![0],
        end: series[i]![g]![1],
      })),
      total,
      totalPrinted: printSum(parts),
      flagged: total !== 100 || checked.has(col),
    };
  });
  return { levels, groups, max: Math.max(100, ...groups.map((g) => g.total)) };
}
