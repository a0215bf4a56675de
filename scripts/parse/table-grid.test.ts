import { describe, expect, test } from 'vitest';
import { buildGrid, type RawCell } from './table-grid.ts';

const raw = (rows: string[][]): RawCell[][] => rows.map((r) => r.map((text) => ({ text, span: null })));

describe('buildGrid', () => {
  test('finds a two-row header and spans its group headings', () => {
    const { headerRows, cells } = buildGrid(
      raw([
        ['', '贸易总额', '中国进口', '', '中国出口', ''],
        ['', '', '主要商品', '金额', '主要商品', '金额'],
        ['哈萨克斯坦', '285', '矿产品', '160', '机电产品', '125'],
      ]),
      6,
    );
    expect(headerRows).toBe(2);
    const top = cells[0]!;
    expect(top.map((c) => [c.colspan, c.rowspan, c.covered])).toEqual([
      [1, 2, false],
      [1, 2, false],
      [2, 1, false],
      [1, 1, true],
      [2, 1, false],
      [1, 1, true],
    ]);
    expect(cells[1]!.map((c) => c.covered)).toEqual([true, true, false, false, false, false]);
    expect(cells[2]!.every((c) => !c.header)).toBe(true);
  });

  test('a one-row header when the first row leaves no gaps', () => {
    const { headerRows } = buildGrid(
      raw([
        ['指标', '哈萨克斯坦', '吉尔吉斯斯坦'],
        ['食品出口占货物出口比重', '3.4', '30.0'],
      ]),
      3,
    );
    expect(headerRows).toBe(1);
  });

  test('an empty first cell in the body continues the row group above', () => {
    const { cells } = buildGrid(
      raw([
        ['', '领域', '商品 / 技术'],
        ['从中亚进口', '矿产品', '有色金属和黑金属'],
        ['', '机械设备', '建筑机械'],
        ['向中亚出口', '食品', '农副产品'],
      ]),
      3,
    );
    expect(cells[1]![0]!.rowspan).toBe(2);
    expect(cells[2]![0]!.covered).toBe(true);
    expect(cells[3]![0]!.rowspan).toBe(1);
  });

  test('keeps empty and dash cells as printed', () => {
    const { cells } = buildGrid(
      raw([
        ['指标', '哈萨克斯坦'],
        ['矿物和金属出口占货物出口比重', '—'],
        ['x', ''],
      ]),
      2,
    );
    expect(cells[1]![1]!.text).toBe('—');
    expect(cells[2]![1]!.text).toBe('');
  });
});
