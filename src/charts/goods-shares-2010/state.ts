import type { Country } from '../../schemas/records.ts';
import type { TableRecord } from '../../schemas/tables.ts';
import { bodyRows, countryOf, maybeAmountAt } from '../shared/table-cells.ts';

export type Flow = 'exports' | 'imports';

/** One country's share for one category; `value` null when the source prints “—” (no figure, not zero). */
export interface ShareValue {
  country: Country;
  /** Column in the source table. */
  col: number;
  value: number | null;
  printed: string;
}

/** A goods category (农业原材料, 燃料…) within exports or imports. */
export interface ShareCategory {
  /** Row in the source table. */
  row: number;
  /** The category as printed inside the row label (`燃料`). */
  category: string;
  values: ShareValue[];
}

export interface GoodsState {
  countries: { country: Country; col: number }[];
  flows: { flow: Flow; categories: ShareCategory[] }[];
  /** Largest share printed (the scale's extent). */
  max: number;
}

/** `燃料出口占货物出口比重` → category 燃料, flow exports. */
export function parseShareLabel(label: string): { category: string; flow: Flow } {
  const m = /^(.+?)(出口|进口)占货物(出口|进口)比重$/u.exec(label.trim());
  if (!m || m[2] !== m[3]) throw new Error(`goods shares: cannot read the row label “${label}”`);
  return { category: m[1]!, flow: m[2] === '出口' ? 'exports' : 'imports' };
}

/** 2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重 → categories per flow, each with both countries' shares. */
export function goodsState(table: TableRecord): GoodsState {
  const countries = table.rows[0]!.map((c, col) => ({ c, col }))
    .filter(({ col }) => col > 0)
    .map(({ c, col }) => ({ country: countryOf(c.printed), col }));
  const flows: GoodsState['flows'] = [
    { flow: 'exports', categories: [] },
    { flow: 'imports', categories: [] },
  ];
  for (const row of bodyRows(table)) {
    const { category, flow } = parseShareLabel(table.rows[row]![0]!.printed);
    const values = countries.map(({ country, col }) => {
      const a = maybeAmountAt(table, row, col);
      return { country, col, value: a.value, printed: a.printed };
    });
    flows.find((f) => f.flow === flow)!.categories.push({ row, category, values });
  }
  const max = Math.max(...flows.flatMap((f) => f.categories.flatMap((c) => c.values.map((v) => v.value ?? 0))));
  return { countries, flows, max };
}
