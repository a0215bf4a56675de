import type { TableRecord } from '../../schemas/tables.ts';
import { exactSum } from '../shared/format.ts';
import { amountAt, bodyRows, headerColumn, type Amount } from '../shared/table-cells.ts';

/** One side of the survey (中国新疆 or 中亚五国) with its count and percentage columns. */
export interface SurveySide {
  /** Column of the spanning header cell. */
  col: number;
  label: string;
  countCol: number;
  shareCol: number;
  /** Sum of the counts: the number of answers on this side. */
  countTotal: number;
  /** Sum of the printed percentages. */
  shareTotal: number;
}

export interface SurveyAnswer {
  row: number;
  label: string;
  /** Count and percentage per side, in the order of `sides`. */
  values: { count: Amount; share: Amount }[];
}

export interface SurveyState {
  sides: SurveySide[];
  answers: SurveyAnswer[];
  /** Largest printed percentage. */
  max: number;
}

/** A survey table with two sides × (数目, 比例) → answers with counts and shares per side. */
export function surveyState(table: TableRecord): SurveyState {
  const head = table.rows[0]!;
  const starts = head.map((c, col) => ({ c, col })).filter(({ c, col }) => col > 0 && !c.covered);
  const sides0 = starts.map(({ c, col }) => {
    const end = col + (c.colspan || 1);
    return {
      col,
      label: c.printed,
      countCol: headerColumn(table, 1, /数目/u, col, end),
      shareCol: headerColumn(table, 1, /比例/u, col, end),
    };
  });
  const answers = bodyRows(table).map((row) => ({
    row,
    label: table.rows[row]![0]!.printed,
    values: sides0.map((s) => ({ count: amountAt(table, row, s.countCol), share: amountAt(table, row, s.shareCol) })),
  }));
  const sides = sides0.map((s, i) => ({
    ...s,
    countTotal: exactSum(answers.map((a) => a.values[i]!.count)),
    shareTotal: exactSum(answers.map((a) => a.values[i]!.share)),
  }));
  return { sides, answers, max: Math.max(...answers.flatMap((a) => a.values.map((v) => v.share.value))) };
}
