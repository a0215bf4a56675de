import { describe, expect, test } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv.ts';

describe('toCsv', () => {
  test('starts with a BOM, ends lines with CRLF, quotes only where needed', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['x,y', 1.5],
        [null, true],
        ['say "hi"', '—'],
      ]),
    ).toBe('\uFEFFa,b\r\n"x,y",1.5\r\n,true\r\n"say ""hi""",—\r\n');
  });
  test('quotes line breaks and edge spaces', () => {
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(' 2015 年')).toBe('" 2015 年"');
  });
  test('neutralises text a spreadsheet would execute, never a number', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+1`).replace(/^"/u, '')).toMatch(/^'/u);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('5-6')).toBe('5-6');
    expect(csvCell('—')).toBe('—');
  });
});

describe('parseCsv', () => {
  test('reads back what toCsv writes', () => {
    const rows: string[][] = [
      ['h1', 'h2'],
      ['a,b', 'c"d'],
      ['e\r\nf', ''],
      ['中文', '近'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
