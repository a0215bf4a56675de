import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { DocNode } from '../../schemas/document.ts';
import { manifestSchema } from '../../schemas/manifest.ts';
import { withSiteTitle } from '../../../scripts/build-documents.ts';
import { parseWithFriendlyErrors } from '../../schemas/parse-with-friendly-errors.ts';
import { citeRecord } from './cite.ts';
import { citeParagraph, citePlatform, citeTable } from './records.ts';
import type { CiteLocale, CitedRecord } from './types.ts';

// The real manifest, so a citation can only say what the manifest knows.
const manifestFile = new URL('../../../seeds/manifest.yaml', import.meta.url);
const manifestYaml = parse(readFileSync(manifestFile, 'utf8'));
const manifest = parseWithFriendlyErrors(manifestSchema, manifestYaml, 'seeds/manifest.yaml');
const documents = manifest.documents.map(withSiteTitle);

// Three records, one per kind of source: an article with an author (001), a platform drawn from a
// document with a supplied title (000) and the call (003), a paragraph of a yearbook chapter (002).
const table = citeTable({
  id: 'kz-kg-goods-shares-2010',
  doc: 'technology-transfer-network',
  caption: '2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重（%）',
  title: {
    zh: '2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重（%）',
    en: 'Shares of main goods in exports and imports of Kazakhstan and Kyrgyzstan, 2010 (%)',
  },
  titleSupplied: false,
});
const platform = citePlatform(
  {
    id: 'central-asia-ecology-environment-centre',
    name: '中亚生态与环境研究中心',
    sources: [
      { doc: 'central-asia-cooperation-2018', anchor: 'p-3a0f0b3f', quote: '中亚生态与环境研究中心' },
      { doc: 'central-asia-cooperation-2018', anchor: 'p-e35ec9a2', quote: '中科院中亚生态环境研究中心' },
      { doc: 'sco-partnership-call-2018', anchor: 'p-5e033dce', quote: '中亚生态与环境联合研究中心' },
    ],
  },
  'Research Center for Ecology and Environment of Central Asia',
);
const heading = (id: string, marker: string, text: string) =>
  ({ type: 'heading', id, marker, text }) as unknown as DocNode;
const paragraph = (id: string) => ({ type: 'paragraph', id }) as unknown as DocNode;
const chapter9 = [
  heading('h-7fd8e566', '第九章 ', '全国科技援疆'),
  heading('h-064a9103', '一、', '深化科技援疆'),
  heading('h-05f769c0', '(二) ', '组织实施2017年度自治区区域协同创新专项'),
  paragraph('p-3201bfc0'),
  paragraph('p-3d483840'),
];
const para = citeParagraph({ slug: 'national-st-aid-to-xinjiang-2017', nodes: chapter9 }, 'p-3d483840');

const cite = (record: CitedRecord, locale: CiteLocale) =>
  citeRecord(record, documents, {
    locale,
    url: `https://example.org/${locale}/${record.path}`,
    accessed: '2026-11-23',
    release: '0.1.0',
  });

describe('GB/T 7714—2025', () => {
  test(
    'a table in Chinese form: author, title[J/OL], journal not known, table, site and ' + 'release, access date, URL',
    () => {
      expect(cite(table, 'zh').gbt7714).toEqual([
        '牛新民. 中国新疆织就与中亚国家“一带一路”科技合作协同网络[J/OL]. [刊名不详]. 表“2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重（%）”. 丝路科技合作年鉴, 数据版本 ' +
          '0.1.0[2026-11-23]. https://example.org/zh/tables/kz-kg-goods-shares-2010/.',
      ]);
    },
  );
  test('a table in English form: pinyin family name in capitals, translated title in brackets', () => {
    expect(cite(table, 'en').gbt7714).toEqual([
      'NIU Xinmin. 中国新疆织就与中亚国家“一带一路”科技合作协同网络[Xinjiang Weaves a Collaborative Network of Belt and Road S&T ' +
        'Cooperation with Central Asian Countries][J/OL]. [journal not stated]. Table “Shares of main goods in ' +
        'exports and imports of Kazakhstan and Kyrgyzstan, 2010 (%)”. Silk Road S&T Yearbook, data release ' +
        '0.1.0[2026-11-23]. https://example.org/en/tables/kz-kg-goods-shares-2010/.',
    ]);
  });
  test('a platform from two documents: one reference each; a supplied title stays bracketed', () => {
    expect(cite(platform, 'zh').gbt7714).toEqual([
      '[新疆与中亚国家科技合作（2018年）][M/OL]//[年鉴名称不详]. [出版地不详]: [出版者不详]. 合作平台“中亚生态与环境研究中心”. 丝路科技合作年鉴, 数据版本 ' +
        '0.1.0[2026-11-23]. https://example.org/zh/platforms/central-asia-ecology-environment-centre/.',
      '2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南[Z/OL]. [出版地不详]: [出版者不详]. 合作平台“中亚生态与环境研究中心”. 丝路科技合作年鉴, 数据版本 ' +
        '0.1.0[2026-11-23]. https://example.org/zh/platforms/central-asia-ecology-environment-centre/.',
    ]);
    expect(cite(platform, 'en').gbt7714).toEqual([
      "[Xinjiang's S&T cooperation with Central Asian countries (2018)][M/OL]//[yearbook not stated]. [S.l.]: " +
        '[s.n.]. Platform “Research Center for Ecology and Environment of Central Asia”. Silk Road S&T Yearbook, ' +
        'data release 0.1.0[2026-11-23]. https://example.org/en/platforms/central-asia-ecology-environment-centre/.',
      '2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南[Project Application Guidelines for the 2018 Autonomous Region ' +
        'Special Programme for Regional Collaborative Innovation (SCO S&T Partnership Programme)][Z/OL]. [S.l.]: ' +
        '[s.n.]. Platform “Research Center for Ecology and Environment of Central Asia”. Silk Road S&T Yearbook, ' +
        'data release 0.1.0[2026-11-23]. https://example.org/en/platforms/central-asia-ecology-environment-centre/.',
    ]);
  });
  test('a paragraph: no author, located by its section and number', () => {
    expect(cite(para, 'zh').gbt7714).toEqual([
      '第九章 全国科技援疆[M/OL]//[年鉴名称不详]. [出版地不详]: [出版者不详]. “(二) 组织实施2017年度自治区区域协同创新专项”第 2 段. 丝路科技合作年鉴, 数据版本 ' +
        '0.1.0[2026-11-23]. https://example.org/zh/sources/national-st-aid-to-xinjiang-2017/#p-3d483840.',
    ]);
    expect(cite(para, 'en').gbt7714).toEqual([
      '第九章 全国科技援疆[Chapter 9: Nationwide S&T aid to Xinjiang][M/OL]//[yearbook not stated]. [S.l.]: [s.n.]. ' +
        'Section “(二) 组织实施2017年度自治区区域协同创新专项”, paragraph 2. Silk Road S&T Yearbook, data release 0.1.0[2026-11-23]. ' +
        'https://example.org/en/sources/national-st-aid-to-xinjiang-2017/#p-3d483840.',
    ]);
  });
});

describe('APA 7', () => {
  test('a table: initials, (n.d.), original title with translation, record as a description, retrieval date', () => {
    expect(cite(table, 'en').apa).toEqual([
      'Niu, X. (n.d.). 中国新疆织就与中亚国家“一带一路”科技合作协同网络 [Xinjiang Weaves a Collaborative Network of Belt and Road S&T ' +
        'Cooperation with Central Asian Countries] [Table “Shares of main goods in exports and imports of ' +
        'Kazakhstan and Kyrgyzstan, 2010 (%)”]. Silk Road S&T Yearbook (Data release 0.1.0). Retrieved November ' +
        '23, 2026, from https://example.org/en/tables/kz-kg-goods-shares-2010/',
    ]);
  });
  test('a platform: without an author the title leads', () => {
    expect(cite(platform, 'en').apa).toEqual([
      "[Xinjiang's S&T cooperation with Central Asian countries (2018)] [Platform “Research Center for Ecology " +
        'and Environment of Central Asia”]. (n.d.). Silk Road S&T Yearbook (Data release 0.1.0). Retrieved ' +
        'November 23, 2026, from https://example.org/en/platforms/central-asia-ecology-environment-centre/',
      '2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南 [Project Application Guidelines for the 2018 Autonomous Region ' +
        'Special Programme for Regional Collaborative Innovation (SCO S&T Partnership Programme)] [Platform ' +
        '“Research Center for Ecology and Environment of Central Asia”]. (n.d.). Silk Road S&T Yearbook (Data ' +
        'release 0.1.0). Retrieved November 23, 2026, from ' +
        'https://example.org/en/platforms/central-asia-ecology-environment-centre/',
    ]);
  });
  test('a paragraph', () => {
    expect(cite(para, 'en').apa).toEqual([
      '第九章 全国科技援疆 [Chapter 9: Nationwide S&T aid to Xinjiang] [Section “(二) 组织实施2017年度自治区区域协同创新专项”, paragraph ' +
        '2]. (n.d.). Silk Road S&T Yearbook (Data release 0.1.0). Retrieved November 23, 2026, from ' +
        'https://example.org/en/sources/national-st-aid-to-xinjiang-2017/#p-3d483840',
    ]);
  });
  test('is English on Chinese pages too, with the Chinese page URL', () => {
    expect(cite(table, 'zh').apa[0]).toBe(cite(table, 'en').apa[0]!.replace('/en/', '/zh/'));
  });
});

describe('Chicago author-date', () => {
  test('a table: full name, n.d., quoted article title with nested quotes made single', () => {
    expect(cite(table, 'en').chicago).toEqual([
      'Niu, Xinmin. n.d. “中国新疆织就与中亚国家‘一带一路’科技合作协同网络” [Xinjiang Weaves a Collaborative Network of Belt and Road ' +
        'S&T Cooperation with Central Asian Countries]. Table “Shares of main goods in exports and imports of ' +
        'Kazakhstan and Kyrgyzstan, 2010 (%).” Silk Road S&T Yearbook, data release 0.1.0. Accessed November 23, ' +
        '2026. https://example.org/en/tables/kz-kg-goods-shares-2010/.',
    ]);
  });
  test('a platform: a supplied title is a bracketed description; a whole document is not quoted', () => {
    expect(cite(platform, 'en').chicago).toEqual([
      "[Xinjiang's S&T cooperation with Central Asian countries (2018)]. n.d. Platform “Research Center for " +
        'Ecology and Environment of Central Asia.” Silk Road S&T Yearbook, data release 0.1.0. Accessed November ' +
        '23, 2026. https://example.org/en/platforms/central-asia-ecology-environment-centre/.',
      '2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南 [Project Application Guidelines for the 2018 Autonomous Region ' +
        'Special Programme for Regional Collaborative Innovation (SCO S&T Partnership Programme)]. n.d. Platform ' +
        '“Research Center for Ecology and Environment of Central Asia.” Silk Road S&T Yearbook, data release ' +
        '0.1.0. Accessed November 23, 2026. ' +
        'https://example.org/en/platforms/central-asia-ecology-environment-centre/.',
    ]);
  });
  test('a paragraph', () => {
    expect(cite(para, 'en').chicago).toEqual([
      '“第九章 全国科技援疆” [Chapter 9: Nationwide S&T aid to Xinjiang]. n.d. Section “(二) 组织实施2017年度自治区区域协同创新专项”, ' +
        'paragraph 2. Silk Road S&T Yearbook, data release 0.1.0. Accessed November 23, 2026. ' +
        'https://example.org/en/sources/national-st-aid-to-xinjiang-2017/#p-3d483840.',
    ]);
  });
});

describe('BibTeX', () => {
  test('a table (en): TeX specials escaped, no invented journal or year', () => {
    expect(cite(table, 'en').bibtex).toBe(`@article{technology-transfer-network:table-kz-kg-goods-shares-2010,
  author = {Niu, Xinmin},
  title = {{中国新疆织就与中亚国家“一带一路”科技合作协同网络 [Xinjiang Weaves a Collaborative Network of Belt and Road S\\&T \
Cooperation with Central Asian Countries]}},
  note = {Table “Shares of main goods in exports and imports of Kazakhstan and Kyrgyzstan, 2010 (\\%).” \
Accessed via Silk Road S\\&T Yearbook, data release 0.1.0.},
  url = {https://example.org/en/tables/kz-kg-goods-shares-2010/},
  urldate = {2026-11-23},
  langid = {chinese},
}`);
  });
  test('a table (zh): Chinese name and title', () => {
    expect(cite(table, 'zh').bibtex).toBe(`@article{technology-transfer-network:table-kz-kg-goods-shares-2010,
  author = {牛新民},
  title = {{中国新疆织就与中亚国家“一带一路”科技合作协同网络}},
  note = {表“2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重（\\%）”。引自丝路科技合作年鉴，数据版本 0.1.0。},
  url = {https://example.org/zh/tables/kz-kg-goods-shares-2010/},
  urldate = {2026-11-23},
  langid = {chinese},
}`);
  });
  test('a platform: two entries, keyed by document and record', () => {
    expect(cite(platform, 'en').bibtex)
      .toBe(`@incollection{central-asia-cooperation-2018:platform-central-asia-ecology-environment-centre,
  title = {{[Xinjiang's S\\&T cooperation with Central Asian countries (2018)]}},
  note = {Platform “Research Center for Ecology and Environment of Central Asia.” Accessed via Silk Road \
S\\&T Yearbook, data release 0.1.0.},
  url = {https://example.org/en/platforms/central-asia-ecology-environment-centre/},
  urldate = {2026-11-23},
  langid = {chinese},
}

@misc{sco-partnership-call-2018:platform-central-asia-ecology-environment-centre,
  title = {{2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南 [Project Application Guidelines for the 2018 Autonomous \
Region Special Programme for Regional Collaborative Innovation (SCO S\\&T Partnership Programme)]}},
  note = {Platform “Research Center for Ecology and Environment of Central Asia.” Accessed via Silk Road \
S\\&T Yearbook, data release 0.1.0.},
  url = {https://example.org/en/platforms/central-asia-ecology-environment-centre/},
  urldate = {2026-11-23},
  langid = {chinese},
}`);
  });
  test('a paragraph: keyed by its anchor', () => {
    expect(cite(para, 'en').bibtex).toBe(`@incollection{national-st-aid-to-xinjiang-2017:p-3d483840,
  title = {{第九章 全国科技援疆 [Chapter 9: Nationwide S\\&T aid to Xinjiang]}},
  note = {Section “(二) 组织实施2017年度自治区区域协同创新专项”, paragraph 2. Accessed via Silk Road S\\&T Yearbook, data release 0.1.0.},
  url = {https://example.org/en/sources/national-st-aid-to-xinjiang-2017/#p-3d483840},
  urldate = {2026-11-23},
  langid = {chinese},
}`);
  });
});

describe('RIS', () => {
  test('a table (en): translated title in TT, access date in Y2', () => {
    expect(cite(table, 'en').ris).toBe(`TY  - JOUR
ID  - technology-transfer-network:table-kz-kg-goods-shares-2010
AU  - Niu, Xinmin
TI  - 中国新疆织就与中亚国家“一带一路”科技合作协同网络
TT  - Xinjiang Weaves a Collaborative Network of Belt and Road S&T Cooperation with Central Asian Countries
LA  - zh
DB  - Silk Road S&T Yearbook
N1  - Table “Shares of main goods in exports and imports of Kazakhstan and Kyrgyzstan, 2010 (%).” Accessed \
via Silk Road S&T Yearbook, data release 0.1.0.
UR  - https://example.org/en/tables/kz-kg-goods-shares-2010/
Y2  - 2026/11/23
ER  - `);
  });
  test('a table (zh)', () => {
    expect(cite(table, 'zh').ris).toBe(`TY  - JOUR
ID  - technology-transfer-network:table-kz-kg-goods-shares-2010
AU  - 牛新民
TI  - 中国新疆织就与中亚国家“一带一路”科技合作协同网络
LA  - zh
DB  - 丝路科技合作年鉴
N1  - 表“2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重（%）”。引自丝路科技合作年鉴，数据版本 0.1.0。
UR  - https://example.org/zh/tables/kz-kg-goods-shares-2010/
Y2  - 2026/11/23
ER  - `);
  });
  test('a platform: two records, the supplied title bracketed and without TT', () => {
    expect(cite(platform, 'en').ris).toBe(`TY  - CHAP
ID  - central-asia-cooperation-2018:platform-central-asia-ecology-environment-centre
TI  - [Xinjiang's S&T cooperation with Central Asian countries (2018)]
LA  - zh
DB  - Silk Road S&T Yearbook
N1  - Platform “Research Center for Ecology and Environment of Central Asia.” Accessed via Silk Road S&T \
Yearbook, data release 0.1.0.
UR  - https://example.org/en/platforms/central-asia-ecology-environment-centre/
Y2  - 2026/11/23
ER  - 

TY  - GEN
ID  - sco-partnership-call-2018:platform-central-asia-ecology-environment-centre
TI  - 2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南
TT  - Project Application Guidelines for the 2018 Autonomous Region Special Programme for Regional \
Collaborative Innovation (SCO S&T Partnership Programme)
LA  - zh
DB  - Silk Road S&T Yearbook
N1  - Platform “Research Center for Ecology and Environment of Central Asia.” Accessed via Silk Road S&T \
Yearbook, data release 0.1.0.
UR  - https://example.org/en/platforms/central-asia-ecology-environment-centre/
Y2  - 2026/11/23
ER  - `);
  });
  test('a paragraph', () => {
    expect(cite(para, 'en').ris).toBe(`TY  - CHAP
ID  - national-st-aid-to-xinjiang-2017:p-3d483840
TI  - 第九章 全国科技援疆
TT  - Chapter 9: Nationwide S&T aid to Xinjiang
LA  - zh
DB  - Silk Road S&T Yearbook
N1  - Section “(二) 组织实施2017年度自治区区域协同创新专项”, paragraph 2. Accessed via Silk Road S&T Yearbook, data release 0.1.0.
UR  - https://example.org/en/sources/national-st-aid-to-xinjiang-2017/#p-3d483840
Y2  - 2026/11/23
ER  - `);
  });
});

describe('CSL-JSON', () => {
  test('a table (en): no issued date, the site as archive, the record as archive_location', () => {
    expect(cite(table, 'en').cslJson).toBe(`[
  {
    "id": "technology-transfer-network:table-kz-kg-goods-shares-2010",
    "type": "article-journal",
    "title": "中国新疆织就与中亚国家“一带一路”科技合作协同网络 [Xinjiang Weaves a Collaborative Network of Belt and Road S&T \
Cooperation with Central Asian Countries]",
    "author": [
      {
        "family": "Niu",
        "given": "Xinmin"
      }
    ],
    "language": "zh-CN",
    "archive": "Silk Road S&T Yearbook (data release 0.1.0)",
    "archive_location": "Table “Shares of main goods in exports and imports of Kazakhstan and Kyrgyzstan, 2010 (%)”",
    "URL": "https://example.org/en/tables/kz-kg-goods-shares-2010/",
    "accessed": {
      "date-parts": [[2026, 11, 23]]
    }
  }
]
`);
  });
  test('a table (zh): the Chinese name as a literal', () => {
    expect(cite(table, 'zh').csl[0]).toEqual({
      id: 'technology-transfer-network:table-kz-kg-goods-shares-2010',
      type: 'article-journal',
      title: '中国新疆织就与中亚国家“一带一路”科技合作协同网络',
      author: [{ literal: '牛新民' }],
      language: 'zh-CN',
      archive: '丝路科技合作年鉴（数据版本 0.1.0）',
      archive_location: '表“2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重（%）”',
      URL: 'https://example.org/zh/tables/kz-kg-goods-shares-2010/',
      accessed: { 'date-parts': [[2026, 11, 23]] },
    });
  });
  test('a platform: one item per document', () => {
    expect(cite(platform, 'en').cslJson).toBe(`[
  {
    "id": "central-asia-cooperation-2018:platform-central-asia-ecology-environment-centre",
    "type": "chapter",
    "title": "[Xinjiang's S&T cooperation with Central Asian countries (2018)]",
    "language": "zh-CN",
    "archive": "Silk Road S&T Yearbook (data release 0.1.0)",
    "archive_location": "Platform “Research Center for Ecology and Environment of Central Asia”",
    "URL": "https://example.org/en/platforms/central-asia-ecology-environment-centre/",
    "accessed": {
      "date-parts": [[2026, 11, 23]]
    }
  },
  {
    "id": "sco-partnership-call-2018:platform-central-asia-ecology-environment-centre",
    "type": "document",
    "title": "2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南 [Project Application Guidelines for the 2018 Autonomous \
Region Special Programme for Regional Collaborative Innovation (SCO S&T Partnership Programme)]",
    "language": "zh-CN",
    "archive": "Silk Road S&T Yearbook (data release 0.1.0)",
    "archive_location": "Platform “Research Center for Ecology and Environment of Central Asia”",
    "URL": "https://example.org/en/platforms/central-asia-ecology-environment-centre/",
    "accessed": {
      "date-parts": [[2026, 11, 23]]
    }
  }
]
`);
  });
  test('a paragraph', () => {
    expect(cite(para, 'en').cslJson).toBe(`[
  {
    "id": "national-st-aid-to-xinjiang-2017:p-3d483840",
    "type": "chapter",
    "title": "第九章 全国科技援疆 [Chapter 9: Nationwide S&T aid to Xinjiang]",
    "language": "zh-CN",
    "archive": "Silk Road S&T Yearbook (data release 0.1.0)",
    "archive_location": "Section “(二) 组织实施2017年度自治区区域协同创新专项”, paragraph 2",
    "URL": "https://example.org/en/sources/national-st-aid-to-xinjiang-2017/#p-3d483840",
    "accessed": {
      "date-parts": [[2026, 11, 23]]
    }
  }
]
`);
  });
});

describe('citeRecord', () => {
  test('never prints what the manifest does not know', () => {
    const all = [table, platform, para].flatMap((r) => (['zh', 'en'] as const).map((l) => cite(r, l)));
    const text = all
      .map((s) => [...s.gbt7714, ...s.apa, ...s.chicago, s.bibtex, s.ris, s.cslJson].join('\n'))
      .join('\n');
    // No year of publication, page numbers, publisher or place, and no period year posing as a date.
    expect(text).not.toMatch(/\b(?:19|20)\d\d[a-z]?\)\.|\bpp?\.\s|\byear\s*=|\bissued\b|PY {2}-|\bpublisher\b/u);
  });
  test('refuses a record whose source document is unknown', () => {
    expect(() => cite({ ...table, docs: ['no-such-doc'] }, 'en')).toThrow(/unknown document "no-such-doc"/u);
  });
});
