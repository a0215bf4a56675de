import { describe, expect, test } from 'vitest';
import { tableCells } from '../../src/lib/table-cells.ts';
import type { TypedCell } from '../../src/schemas/tables.ts';
import { checkTableRowLabels } from './table-row-labels.ts';

const c = (printed: string, header = false): TypedCell => ({
  printed,
  kind: /^\d+$/u.test(printed) ? 'number' : 'text',
  value: /^\d+$/u.test(printed) ? Number(printed) : null,
  header,
  colspan: 1,
  rowspan: 1,
  covered: false,
});
// Two blocks side by side, as in a survey of import and export modes.
const modes = {
  id: 'modes',
  headerRows: 1,
  rows: [
    [c('引进模式', true), c('比例', true), c('输出模式', true), c('比例', true)],
    [c('引进设备型'), c('14'), c('输出设备型'), c('15')],
  ],
};

describe('checkTableRowLabels', () => {
  test('declared blocks: each share carries its own block’s label', () => {
    const t = { ...modes, rowLabelColumns: [0, 2] };
    expect(checkTableRowLabels([t])).toEqual([]);
    expect(tableCells(t).find((x) => x.row === 2 && x.column === 4)!.row_label).toBe('输出设备型');
  });

  test('undeclared side-by-side blocks are reported', () => {
    expect(checkTableRowLabels([{ ...modes, rowLabelColumns: [0] }])).toEqual([
      'tables/modes: column 3 labels the block of columns to its right (a heading repeats beside it); add it to ' +
        'rowLabelColumns in content/curated/tables.yaml',
    ]);
  });

  test('a CSV cell labelled with another row’s or block’s label is reported', () => {
    const t = { ...modes, rowLabelColumns: [0, 2] };
    const wrong = (x: typeof t) =>
      tableCells(x).map((cell) => (cell.column === 4 && cell.row === 2 ? { ...cell, row_label: '引进设备型' } : cell));
    expect(checkTableRowLabels([t], wrong)).toEqual([
      'tables/modes: row 2, column 4 is labelled “引进设备型” but its own row label is “输出设备型”',
    ]);
  });

  test('a label spanning several rows labels each of them', () => {
    const span = { ...c('从中亚进口'), rowspan: 2 };
    const t = {
      id: 'span',
      headerRows: 1,
      rowLabelColumns: [0],
      rows: [
        [c('方向', true), c('产品', true)],
        [span, c('棉花')],
        [{ ...c(''), covered: true }, c('皮革')],
      ],
    };
    expect(checkTableRowLabels([t])).toEqual([]);
  });
});
