import { describe, expect, test } from 'vitest';
import { parseDocument } from './parse-document.ts';

describe('tables in a document', () => {
  test('a row with more cells than its header stops the build with file and line', () => {
    const text = '表题\n\n指标\t甲\t乙\n行一\t1\t2\n行二\t1\t2\t3\n';
    expect(() => parseDocument(text, 'seeds/x.txt')).toThrow(
      "seeds/x.txt:5: table row has 4 cells but the table's header has 3",
    );
  });
  test('a short row is padded with empty cells and noted', () => {
    const doc = parseDocument('表题\n\n指标\t甲\t乙\n行一\t1\n', 'x.txt');
    const table = doc.nodes.find((n) => n.type === 'table');
    expect(table?.type === 'table' && table.rows[1]!.map((c) => c.text)).toEqual(['行一', '1', '']);
    expect(table?.notes).toEqual([{ erratum: 'missing-cells', params: { line: 4, missing: 1, columns: 3 } }]);
  });
  test('a table continues across a blank line when the next row has as many cells', () => {
    const doc = parseDocument('表题\n\n国家\t日期\n哈萨克斯坦\t2005 年 7 月\n\n土库曼斯坦\t2013 年 9 月\n', 'x.txt');
    const tables = doc.nodes.filter((n) => n.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.type === 'table' && tables[0].rows.length).toBe(3);
  });
});
