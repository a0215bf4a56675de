import { describe, expect, test } from 'vitest';
import { checkEnglishNumbers } from './english-numbers.ts';
import { frontmatterLines } from '../records/frontmatter.ts';
import { lineOf, yamlLines } from '../../src/lib/yaml-lines.ts';

describe('checkEnglishNumbers', () => {
  test('passes English whose numbers its Chinese states, after conversion', () => {
    const record = {
      file: 'content/curated/cases/x.mdx',
      data: { summary: { zh: '2017年新增规模5亿元', en: 'In 2017 it added CNY 500 million.' } },
      evidence: [],
    };
    expect(checkEnglishNumbers([record])).toEqual([]);
  });

  test('fails a number no Chinese source states, naming the file and key', () => {
    const record = {
      file: 'content/curated/cases/x.mdx',
      data: {
        results: { zh: '建成示范基地', en: 'A 3,000-hectare base was built in 2009.' },
        figures: [{ measures: { zh: '面积', en: 'area' } }],
      },
      evidence: ['示范基地已建成'],
    };
    expect(checkEnglishNumbers([record])).toEqual([
      'content/curated/cases/x.mdx:1: results.en states 3000, which its Chinese does not ("A 3,000-hectare base ' +
        'was built in 2009.")',
      'content/curated/cases/x.mdx:1: results.en states 2009, which its Chinese does not ("A 3,000-hectare base ' +
        'was built in 2009.")',
    ]);
  });

  test('reads numbers from the record’s evidence as well as the field’s own Chinese', () => {
    const record = {
      file: 'f.yaml',
      id: 'id',
      data: { measures: { zh: '面积', en: 'area (1,000 mu)' } },
      evidence: ['1000亩'],
    };
    expect(checkEnglishNumbers([record])).toEqual([]);
  });

  test('names the line of the English in an MDX record (its frontmatter starts on line 2)', () => {
    const text = '---\nid: x\nresults:\n  zh: 建成示范基地\n  en: "A base built in 2009."\n---\nBody.\n';
    const lines = frontmatterLines(text);
    const data = { id: 'x', results: { zh: '建成示范基地', en: 'A base built in 2009.' } };
    const record = { file: 'c.mdx', lineOf: (k: string) => lineOf(lines, k), data, evidence: [] };
    expect(checkEnglishNumbers([record])).toEqual([
      'c.mdx:5: results.en states 2009, which its Chinese does not ("A base built in 2009.")',
    ]);
  });

  test('names the line and the record id in a list file', () => {
    const text =
      '- id: a\n  measures: { zh: 面积, en: area }\n- id: b\n  measures:\n    zh: 面积\n    en: area (12 mu)\n';
    const lines = yamlLines(text);
    const data = { measures: { zh: '面积', en: 'area (12 mu)' } };
    const record = {
      file: 'figures.yaml',
      id: 'b',
      lineOf: (k: string) => lineOf(lines, `[1].${k}`),
      data,
      evidence: [],
    };
    expect(checkEnglishNumbers([record])).toEqual([
      'figures.yaml:6: b measures.en states 12, which its Chinese does not ("area (12 mu)")',
    ]);
  });
});
