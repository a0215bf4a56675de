import { readFileSync } from 'node:fs';
import type { TableRecord, TypedCell } from '../../schemas/tables.ts';

/** A table record from content/tables/ (the generated collection), for tests on real data. */
export const realTable = (id: string): TableRecord =>
  JSON.parse(readFileSync(new URL(`../../../content/tables/${id}.json`, import.meta.url), 'utf8')) as TableRecord;

const cell = (printed: string, header: boolean): TypedCell => {
  const n = /^-?\d+(?:\.\d+)?$/u.test(printed);
  const kind =
    printed === '' ? 'empty' : n ? 'number' : printed === '—' ? 'missing' : printed === '/' ? 'not-applicable' : 'text';
  return { printed, kind, value: n ? Number(printed) : null, header, colspan: 1, rowspan: 1, covered: false };
};

/**
 * A synthetic table for tests: rows of printed text; `~` marks a cell covered by the span to its
 * left (colspan) in header rows.
 */
export function makeTable(rows: string[][], headerRows = 1, id = 'test-table'): TableRecord {
  const typed = rows.map((r, i) => r.map((p) => cell(p === '~' ? '' : p, i < headerRows)));
  typed.forEach((r, i) =>
    r.forEach((c, j) => {
      if (rows[i]![j] !== '~') return;
      c.covered = true;
      let k = j - 1;
      while (rows[i]![k] === '~') k--;
      r[k]!.colspan++;
    }),
  );
  return {
    id,
    doc: 'test-doc',
    anchor: 't-00000000',
    caption: null,
    title: { zh: '测试', en: 'Test' },
    titleSupplied: false,
    referencePeriod: null,
    referenceNote: null,
    unit: null,
    headerRows,
    columns: Math.max(...rows.map((r) => r.length)),
    rowLabelColumns: [0],
    rows: typed,
    sumChecks: [],
    notes: [],
    errata: [],
    lines: [1, rows.length],
  };
}
