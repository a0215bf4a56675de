import { describe, expect, test } from 'vitest';
import type { TypedCell } from '../schemas/tables.ts';
import { qualifierOf, tableCells } from './table-cells.ts';

const cell = (printed: string, kind: TypedCell['kind'], extra: Partial<TypedCell> = {}): TypedCell => ({
  printed,
  kind,
  value: kind === 'number' ? Number(printed.replace(/[^\d.]/gu, '')) : null,
  header: false,
  colspan: 1,
  rowspan: 1,
  covered: false,
  ...extra,
});
const H = (printed: string, extra: Partial<TypedCell> = {}) =>
  cell(printed, printed ? 'text' : 'empty', { header: true, ...extra });

// Two header rows with spans, as in the 2013 trade table.
const table = {
  headerRows: 2,
  rows: [
    [H('', { rowspan: 2 }), H('中国进口', { colspan: 2 }), H('', { covered: true })],
    [H('', { covered: true }), H('主要商品'), H('金额')],
    [cell('哈萨克斯坦', 'text'), cell('矿产品', 'text'), cell('160', 'number')],
    [cell('土库曼斯坦', 'text'), cell('—', 'missing'), cell('约88', 'number')],
  ],
};

describe('tableCells', () => {
  test('labels each body cell with its row and the header rows above it, following spans', () => {
    const cells = tableCells(table);
    expect(cells).toHaveLength(12);
    expect(cells.find((c) => c.row === 3 && c.column === 3)).toEqual({
      row: 3,
      column: 3,
      header: false,
      covered: false,
      row_label: '哈萨克斯坦',
      column_label: '中国进口 / 金额',
      printed: '160',
      value: 160,
      value_status: 'number',
      flag: null,
      qualifier: null,
    });
  });
  test('keeps flags and qualifiers out of the value, in their own columns', () => {
    const cells = tableCells(table);
    expect(cells.find((c) => c.row === 4 && c.column === 2)).toMatchObject({
      printed: '—',
      value: null,
      value_status: 'missing',
      flag: '—',
    });
    expect(cells.find((c) => c.row === 4 && c.column === 3)).toMatchObject({
      printed: '约88',
      value: 88,
      qualifier: '约',
    });
  });
  test('header cells carry no labels', () => {
    expect(tableCells(table)[1]).toMatchObject({
      row: 1,
      column: 2,
      header: true,
      row_label: null,
      column_label: null,
    });
  });
});

describe('qualifierOf', () => {
  test('finds 约, 近, 以上 around a number', () => {
    expect(qualifierOf('约85')).toBe('约');
    expect(qualifierOf('100以上')).toBe('以上');
    expect(qualifierOf('12.5')).toBeNull();
  });
});
