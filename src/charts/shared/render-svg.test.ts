import { describe, expect, test } from 'vitest';
import { toCsv } from '../../lib/csv.ts';
import { exactSum, printSum } from './format.ts';
import { legend } from './legend.ts';
import { flatten, marksWithClass } from './marks.ts';
import { escapeXml } from '../../lib/escape-xml.ts';
import { renderSvg } from './render-svg.ts';
import { fitText, textWidth, wrapText } from './text-metrics.ts';

const frame = { id: 'x-wide', title: 'A & B', desc: 'Finding <1>', cls: 'chart-svg' };

describe('renderSvg', () => {
  test('renderSvg(layout, frame) is an image labelled by its title and described by its finding', () => {
    const svg = renderSvg({ width: 100, height: 50, marks: [] }, frame);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="x-wide-title"');
    expect(svg).toContain('<title id="x-wide-title">A &amp; B</title>');
    expect(svg).toContain('<desc id="x-wide-desc">Finding &lt;1&gt;</desc>');
    expect(svg).toContain('viewBox="0 0 100 50"');
  });

  test(
    'a standalone file declares its namespace, size and style; a thumbnail is hidden from ' + 'assistive technology',
    () => {
      const file = renderSvg(
        { width: 100, height: 50, marks: [] },
        { ...frame, standalone: { style: '.a{fill:red}', lang: 'en', footer: 'Source: X' } },
      );
      expect(file).toMatch(
        /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" lang="en" viewBox="0 0 132 \d+" width="132" height="\d+"/u,
      );
      expect(file).toContain('<style>.a{fill:red}');
      expect(file).toContain('>Source: X</text>');
      expect(file).toContain('<g transform="translate(16 ');
      const thumb = renderSvg({ width: 100, height: 50, marks: [] }, { ...frame, decorative: true });
      expect(thumb).toContain('aria-hidden="true"');
      expect(thumb).not.toContain('<title');
    },
  );

  test('marks carry tooltips, highlight keys, language and data attributes; coordinates keep one decimal', () => {
    const svg = renderSvg(
      {
        width: 10,
        height: 10,
        marks: [
          { kind: 'rect', x: 1.234, y: 0, width: 3, height: 4, cls: 'bar', tip: 'a "b"', key: 'k', data: { value: 7 } },
          { kind: 'text', x: 0, y: 0, text: ['one', 'two'], lang: 'zh-Hans' },
        ],
      },
      frame,
    );
    expect(svg).toContain(
      '<rect x="1.2" y="0" width="3" height="4" class="bar" data-tip="a &quot;b&quot;" ' +
        'data-key="k" data-value="7"/>',
    );
    expect(svg).toContain(
      '<text x="0" y="0" lang="zh-Hans"><tspan x="0">one</tspan><tspan x="0" ' + 'dy="15">two</tspan></text>',
    );
  });

  test('escapeXml(text) escapes markup characters', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('text metrics', () => {
  test('Chinese characters are one em wide, Latin letters narrower', () => {
    expect(textWidth('中国', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(20);
  });
  test('wrapText(text, width) breaks English at spaces and Chinese between characters', () => {
    expect(wrapText('Agricultural raw materials', 130, 13)).toEqual(['Agricultural raw', 'materials']);
    expect(wrapText('农业原材料出口占货物出口比重', 60, 12)).toEqual(['农业原材料', '出口占货物', '出口比重']);
  });
  test('fitText(text, width) ends a cut text in an ellipsis', () => {
    expect(fitText('Cooperation and exchange visits', 60, 12)).toMatch(/…$/u);
    expect(fitText('Short', 60, 12)).toBe('Short');
  });
});

describe('helpers', () => {
  test('toCsv(rows) writes UTF-8 with a byte-order mark, CRLF, quoted fields and empty missing values', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        [1, null],
        ['say "hi"', '中文'],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n1,\r\n"say ""hi""",中文\r\n');
  });
  test('exactSum and printSum add printed decimals without floating-point noise', () => {
    const parts = [
      { value: 0.62, printed: '0.62' },
      { value: 50, printed: '50' },
    ];
    expect(exactSum(parts)).toBe(50.62);
    expect(
      printSum([
        { value: 9.4, printed: '9.4' },
        { value: 56.3, printed: '56.3' },
      ]),
    ).toBe('65.7');
  });
  test('legend(items) wraps its entries into rows within the width', () => {
    const items = ['one', 'two', 'three', 'four'].map((t) => ({ label: { text: `Item number ${t}` }, swatch: 'f-a' }));
    const narrow = legend(items, 0, 0, 150);
    const wide = legend(items, 0, 0, 600);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(marksWithClass(narrow.marks, 'legend-item')).toHaveLength(4);
    expect(flatten(narrow.marks).filter((m) => m.kind === 'text')).toHaveLength(4);
  });
  test('legend(items) wraps a label longer than the row onto lines that fit, and rows never overlap', () => {
    const long = 'A very long legend label that cannot possibly fit on one line of a phone-sized chart';
    const items = [
      { label: { text: 'short' }, swatch: 'f-a' },
      { label: { text: long }, swatch: 'f-b' },
      { label: { text: 'after' }, swatch: 'f-a' },
    ];
    const out = legend(items, 0, 0, 200, 12);
    const texts = flatten(out.marks).filter((m) => m.kind === 'text');
    const lines = texts.flatMap((m) => (typeof m.text === 'string' ? [m.text] : [...m.text]));
    expect(lines.join(' ').replace(/\s+/gu, ' ')).toContain(long);
    for (const m of texts)
      for (const l of typeof m.text === 'string' ? [m.text] : m.text)
        expect(m.x + textWidth(l, 12)).toBeLessThanOrEqual(200);
    const ys = texts.map((m) => m.y);
    expect(ys[2]!).toBeGreaterThan(ys[1]! + (lines.length - 3) * 12);
  });
});
