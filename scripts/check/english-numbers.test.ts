import { describe, expect, test } from 'vitest';
import { checkEnglishNumbers } from './english-numbers.ts';

describe('checkEnglishNumbers', () => {
  test('passes English whose numbers its Chinese states, after conversion', () => {
    const record = { where: 'content/curated/cases/x.mdx', data: { summary: { zh: '2017年新增规模5亿元', en: 'In 2017 it added CNY 500 million.' } }, evidence: [] };
    expect(checkEnglishNumbers([record])).toEqual([]);
  });

  test('fails a number no Chinese source states, naming the file and key', () => {
    const record = {
      where: 'content/curated/cases/x.mdx',
      data: { results: { zh: '建成示范基地', en: 'A 3,000-hectare base was built in 2009.' }, figures: [{ measures: { zh: '面积', en: 'area' } }] },
      evidence: ['示范基地已建成'],
    };
    expect(checkEnglishNumbers([record])).toEqual([
      'content/curated/cases/x.mdx: results.en states 3000, which its Chinese does not ("A 3,000-hectare base ' +
        'was built in 2009.")',
      'content/curated/cases/x.mdx: results.en states 2009, which its Chinese does not ("A 3,000-hectare base ' +
        'was built in 2009.")',
    ]);
  });

  test('reads numbers from the record’s evidence as well as the field’s own Chinese', () => {
    const record = { where: 'f.yaml id', data: { measures: { zh: '面积', en: 'area (1,000 mu)' } }, evidence: ['1000亩'] };
    expect(checkEnglishNumbers([record])).toEqual([]);
  });
});
