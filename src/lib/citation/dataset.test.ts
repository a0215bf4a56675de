import { describe, expect, test } from 'vitest';
import { citeDataset } from './dataset.ts';

const ctx = { accessed: '2026-11-23', release: '0.1.0', released: '2026-11-23' };

describe('citeDataset', () => {
  test('GB/T 7714—2025 data-set form in Chinese and English', () => {
    expect(citeDataset({ ...ctx, locale: 'zh', url: 'https://example.org/zh/data/' }).gbt7714).toBe(
      '丝路科技合作年鉴开放数据[DS/OL]. 0.1.0 版. 丝路科技合作年鉴(2026-11-23)[2026-11-23]. https://example.org/zh/data/.',
    );
    expect(citeDataset({ ...ctx, locale: 'en', url: 'https://example.org/en/data/' }).gbt7714).toBe(
      'Silk Road S&T Yearbook open data[DS/OL]. Version 0.1.0. Silk Road S&T ' +
        'Yearbook(2026-11-23)[2026-11-23]. https://example.org/en/data/.',
    );
  });
  test('APA and Chicago: the site as group author, the release year and version', () => {
    const c = citeDataset({ ...ctx, locale: 'en', url: 'https://example.org/en/data/' });
    expect(c.apa).toBe(
      'Silk Road S&T Yearbook. (2026). Silk Road S&T Yearbook open data (Version 0.1.0) ' +
        '[Data set]. https://example.org/en/data/',
    );
    expect(c.chicago).toBe(
      'Silk Road S&T Yearbook. 2026. Silk Road S&T Yearbook Open Data. Version 0.1.0. Data ' +
        'set. Released November 23, 2026. Accessed November 23, 2026. ' +
        'https://example.org/en/data/.',
    );
  });
  test('BibTeX, RIS and CSL-JSON', () => {
    const c = citeDataset({ ...ctx, locale: 'en', url: 'https://example.org/en/data/' });
    expect(c.bibtex).toBe(
      '@dataset{silk-road-st-yearbook-data-0.1.0,\n  author = {{Silk Road S\\&T ' +
        'Yearbook}},\n  title = {{Silk Road S\\&T Yearbook open data}},\n  version = ' +
        '{0.1.0},\n  date = {2026-11-23},\n  url = {https://example.org/en/data/},\n  urldate ' +
        '= {2026-11-23},\n}',
    );
    expect(c.ris).toBe(
      'TY  - DATA\nID  - silk-road-st-yearbook-data-0.1.0\nAU  - Silk Road S&T Yearbook\nTI  ' +
        '- Silk Road S&T Yearbook open data\nET  - 0.1.0\nPY  - 2026\nDA  - 2026/11/23\nUR  - ' +
        'https://example.org/en/data/\nY2  - 2026/11/23\nER  - ',
    );
    expect(JSON.parse(c.cslJson)).toEqual([
      {
        id: 'silk-road-st-yearbook-data-0.1.0',
        type: 'dataset',
        title: 'Silk Road S&T Yearbook open data',
        author: [{ literal: 'Silk Road S&T Yearbook' }],
        version: '0.1.0',
        issued: { 'date-parts': [[2026, 11, 23]] },
        URL: 'https://example.org/en/data/',
        accessed: { 'date-parts': [[2026, 11, 23]] },
      },
    ]);
  });
});
