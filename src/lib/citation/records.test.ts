import { describe, expect, test } from 'vitest';
import type { DocNode } from '../../schemas/document.ts';
import { paragraphLocator } from './locators.ts';
import { citeChart, citeDocument, citeFigure, citeIndicator, citePolicy, citeTable, citeValue } from './records.ts';

describe('record helpers', () => {
  test('citeTable brackets a title the source does not print', () => {
    const r = citeTable({
      id: 't',
      doc: 'd',
      caption: '复制的表题',
      title: { zh: '关键技术来源', en: 'Sources of key technologies' },
      titleSupplied: true,
    });
    expect(r.locator).toEqual({ zh: '表[关键技术来源]', en: 'Table [Sources of key technologies]' });
    expect(r.path).toBe('tables/t/');
  });
  test('citeFigure names the figure as printed and its documents once each, in evidence order', () => {
    const r = citeFigure({
      id: 'f',
      printed: '1746亿元',
      measures: { zh: '贸易额', en: 'Trade' },
      sources: [
        { doc: 'b', anchor: 'p-00000001', quote: 'xx' },
        { doc: 'a', anchor: 'p-00000002', quote: 'yy' },
        { doc: 'b', anchor: 'p-00000003', quote: 'zz' },
      ],
    });
    expect(r).toEqual({
      kind: 'figure',
      id: 'f',
      locator: { zh: '关键数据“1746亿元”（贸易额）', en: 'Key figure “1746亿元” (Trade)' },
      docs: ['b', 'a'],
      path: 'figures/f/',
    });
  });
  test('citePolicy keeps 《》 and the 文号', () => {
    const r = citePolicy({
      id: 'p',
      title: '关于X的通知',
      titleEn: 'Notice on X',
      number: '新政发〔2018〕44号',
      mentions: [{ doc: 'd', anchor: 'p-00000001', quote: 'xx' }],
    });
    expect(r.locator).toEqual({
      zh: '政策文件《关于X的通知》（新政发〔2018〕44号）',
      en: 'Policy document “Notice on X”',
    });
  });
  test('citeIndicator points into the key project page', () => {
    const r = citeIndicator(
      'call',
      { id: 'k1', annex: 1, title: '中-哈农业合作研究中心建设' },
      { anchor: 'p-2801c0ae', marker: '2.' },
    );
    expect(r.locator).toEqual({
      zh: '附件1“中-哈农业合作研究中心建设”考核指标 2.',
      en: 'Annex 1, assessment indicator 2.',
    });
    expect(r.path).toBe('programme/k1/#p-2801c0ae');
  });
  test('citeDocument has no locator', () => {
    expect(citeDocument({ slug: 'd' })).toEqual({
      kind: 'document',
      id: 'd',
      locator: null,
      docs: ['d'],
      path: 'sources/d/',
    });
  });
});

describe('paragraphLocator', () => {
  const nodes = [
    { type: 'paragraph', id: 'p-1' },
    { type: 'heading', id: 'h-1', marker: '一、', text: '平台' },
    { type: 'table', id: 't-1' },
    { type: 'paragraph', id: 'p-2' },
    { type: 'paragraph', id: 'p-3' },
  ] as unknown as DocNode[];
  test('counts paragraphs under the nearest heading, not tables', () => {
    expect(paragraphLocator(nodes, 'p-3')).toEqual({ zh: '“一、平台”第 2 段', en: 'Section “一、平台”, paragraph 2' });
  });
  test('numbers paragraphs before any heading from the top', () => {
    expect(paragraphLocator(nodes, 'p-1')).toEqual({ zh: '第 1 段', en: 'Paragraph 1' });
  });
  test('refuses an anchor that is not a paragraph', () => {
    expect(() => paragraphLocator(nodes, 't-1')).toThrow(/no paragraph #t-1/u);
  });
});

describe('citeValue and citeChart', () => {
  const table = {
    id: 'trade',
    doc: 'doc-a',
    caption: '贸易表',
    title: { zh: '贸易表', en: 'Trade' },
    titleSupplied: false,
  };
  test('a value is located by table, row, column, value with unit and period; its path is the cell anchor', () => {
    const r = citeValue(table, 'c-12345678', {
      row: { zh: '哈萨克斯坦', en: 'Kazakhstan' },
      column: { zh: '贸易总额', en: 'Total trade' },
      value: { zh: '285（亿美元）', en: '285 (USD 100 million)' },
      period: { zh: '2013年', en: '2013' },
    });
    expect(r).toEqual({
      kind: 'value',
      id: 'trade-c-12345678',
      locator: {
        zh: '表“贸易表”，“哈萨克斯坦”行“贸易总额”列：285（亿美元），2013年',
        en: 'Table “Trade”, row “Kazakhstan”, column “Total trade”: 285 (USD 100 million), 2013',
      },
      docs: ['doc-a'],
      path: 'tables/trade/#c-12345678',
    });
  });
  test("a chart is cited as the table it draws, or as this site's drawing of records", () => {
    const title = { zh: '图', en: 'Chart' };
    expect(citeChart({ id: 'x', title, docs: ['doc-a'] }, citeTable(table)).locator).toEqual({
      zh: '表“贸易表”，本站据此绘制的图表“图”',
      en: 'Table “Trade”, as drawn by this site in the chart “Chart”',
    });
    expect(citeChart({ id: 'x', title, docs: ['doc-a', 'doc-b'] }, null)).toMatchObject({
      locator: { zh: '本站绘制的图表“图”' },
      docs: ['doc-a', 'doc-b'],
      path: 'charts/x/',
    });
  });
});
