import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { assemblePipeline, curatedProblems, type Pipeline } from '../../scripts/pipeline.ts';
import type { OpenItems } from '../../scripts/intake/open-items.ts';
import type { Curated } from '../../scripts/records/load-curated.ts';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { isDraft } from '../../src/schemas/manifest.ts';
import type { Policy } from '../../src/schemas/policies.ts';
import type { Programme } from '../../src/schemas/programmes.ts';
import type { TableRecord } from '../../src/schemas/tables.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let curated: Curated;
let tables: TableRecord[];
let policies: Policy[];
let programme: Programme;
let pipeline: Pipeline;
let documents: SourceDocument[];
// Drafts report their open items instead of failing, as in the build.
let open: OpenItems;

beforeAll(() => {
  pipeline = assemblePipeline(ROOT);
  ({ curated, tables, policies, documents, open } = pipeline);
  programme = pipeline.programmes[0]!;
});

const table = (id: string) => tables.find((t) => t.id === id)!;

describe('validation', () => {
  test('every curated claim is proven by the seeds', { timeout: 60_000 }, () => {
    expect(curatedProblems(pipeline)).toEqual([]);
  });
});

describe('tables', () => {
  test('every table of a reviewed document is one record with its own id; draft tables are open items', () => {
    for (const d of documents) {
      const anchors = d.nodes.filter((n) => n.type === 'table').map((n) => n.id);
      const recorded = tables.filter((t) => t.doc === d.slug).map((t) => t.anchor);
      const listed = open.items.filter((i) => i.doc === d.slug && i.gate === 'tables').map((i) => i.where);
      expect([...recorded, ...listed].sort(), d.slug).toEqual([...anchors].sort());
      if (!isDraft(d)) expect(listed, d.slug).toEqual([]);
    }
    expect(tables.length).toBeGreaterThan(0);
    expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
  });

  test('the 2013 trade table: every cell typed, printed numbers kept', () => {
    const trade = table('trade-structure-2013');
    expect(trade.caption).toBe('2013 年中国与中亚五国进出口商品结构 (亿美元)');
    expect(trade.referencePeriod).toMatchObject({ from: 2013, to: 2013 });
    const body = trade.rows.slice(trade.headerRows);
    expect(body.map((r) => [r[0]!.printed, r[1]!.value, r[3]!.value, r[5]!.value])).toEqual([
      ['哈萨克斯坦', 285, 160, 125],
      ['吉尔吉斯斯坦', 51, 0.62, 50],
      ['塔吉克斯坦', 19, 0.89, 18],
      ['乌兹别克斯坦', 45, 19, 26],
      ['土库曼斯坦', 100, 88, 11],
    ]);
    expect(body.map((r) => r[2]!.kind)).toEqual(['text', 'text', 'text', 'text', 'text']);
  });

  test('imports plus exports that miss the printed total are reported, not fixed', () => {
    expect(table('trade-structure-2013').sumChecks).toEqual([
      { kind: 'row-sum', index: 3, label: '吉尔吉斯斯坦', expected: 51, actual: 50.62 },
      { kind: 'row-sum', index: 4, label: '塔吉克斯坦', expected: 19, actual: 18.89 },
      { kind: 'row-sum', index: 6, label: '土库曼斯坦', expected: 100, actual: 99 },
    ]);
  });

  test('the survey column that sums to 102 is flagged', () => {
    expect(table('technology-level-survey').sumChecks).toEqual([
      { kind: 'column-sum', index: 4, label: '面向中亚五国问卷 / 新疆合作方', expected: 100, actual: 102 },
    ]);
    expect(table('cooperation-modes-survey').sumChecks).toEqual([]);
  });

  test('dashes stay missing, slashes not applicable', () => {
    const goods = table('kz-kg-goods-shares-2010');
    expect(
      goods.rows
        .flat()
        .filter((c) => c.kind === 'missing')
        .map((c) => c.printed),
    ).toEqual(['—', '—']);
    const partnerships = table('strategic-partnerships');
    expect(partnerships.rows.flat().filter((c) => c.kind === 'not-applicable')).toHaveLength(2);
  });

  test('the key-technology table keeps its copied caption and says so', () => {
    const t = table('key-technology-sources-survey');
    expect(t.caption).toBe('中国新疆与中亚五国合作双方的技术水平比率统计表（%）');
    expect(t.errata).toEqual([{ erratum: 'duplicate-caption', params: { line: 127 } }]);
  });
});

describe('the 2018 call', () => {
  test('quotas and funding ranges as printed', () => {
    expect(
      programme.categories.map((c) => [
        c.name,
        c.maxProjects,
        c.funding.printed,
        c.funding.min,
        c.funding.max,
        c.funding.scale,
        c.funding.unit,
      ]),
    ).toEqual([
      ['重点项目', 7, '100～200万元', 100, 200, '万', '元'],
      ['一般项目', 20, '30～50万元', 30, 50, '万', '元'],
    ]);
  });

  test('the seven key projects with their countries and annexes', () => {
    expect(programme.keyProjects.map((k) => [k.number, k.title, k.annex, k.countries.join()])).toEqual([
      [1, '中-哈农业合作研究中心建设', 1, 'KZ'],
      [2, '中-塔农业联合研究中心建设', 2, 'TJ'],
      [3, '中-哈果蔬加工联合研究中心建设', 3, 'KZ'],
      [4, '中-哈畜牧业联合研究中心建设', 4, 'KZ'],
      [5, '中-塔卫星和无人机遥感技术联合应用中心建设', 5, 'TJ'],
      [6, '中-哈数字旅游场景体验中心建设', 6, 'KZ'],
      [7, '中-哈农副产品跨境电子商务平台建设', 7, 'KZ'],
    ]);
  });

  test('the binding indicators of annex 4, with their quantities', () => {
    const annex4 = programme.keyProjects.find((k) => k.annex === 4)!;
    const binding = annex4.indicators.filter((i) => i.binding);
    expect(binding.map((i) => i.marker)).toEqual(['1.', '2.', '3.', '4.']);
    expect(binding[0]!.text).toMatch(
      /^建成并运行“中哈畜牧业联合研究中心”，在哈萨克斯坦国立农业大学设立400平米的独立研究实验室/u,
    );
    expect(binding.map((i) => i.quantities.map((q) => q.printed))).toEqual([
      ['400平米', '50万元左右'],
      ['2个', '1000亩', '3000只', '100吨以上', '1000吨以上', '22微米以下', '18%以上'],
      ['1套', '2项'],
      ['10名', '150名以上'],
    ]);
    expect(binding[1]!.quantities.find((q) => q.printed === '18%以上')).toEqual({
      printed: '18%以上',
      min: 18,
      max: null,
      scale: null,
      unit: '%',
      qualifier: '以上',
    });
    expect(annex4.indicators.filter((i) => !i.binding)).toHaveLength(2);
  });

  test('expert panels come from the annex tables', () => {
    expect(programme.keyProjects.map((k) => k.experts.length)).toEqual([4, 5, 4, 5, 4, 4, 4]);
    expect(programme.keyProjects[0]!.experts[0]).toEqual({
      name: '石书兵',
      affiliation: '新疆农业大学农学院',
      title: '教授/院长',
    });
  });
});

describe('policies', () => {
  test('documents with numbers, each once however often cited', () => {
    const numbered = policies.filter((p) => p.number);
    expect(numbered.map((p) => p.number).sort()).toEqual([
      '新政办发〔2018〕115号',
      '新政办发〔2018〕121号',
      '新政办发〔2018〕48号',
      '新政办发〔2018〕74号',
      '新政发〔2018〕44号',
      '新政发〔2018〕79号',
      '新政发〔2018〕84号',
      '财建﹝2018﹞408号',
    ]);
    const opinions44 = policies.find((p) => p.number === '新政发〔2018〕44号')!;
    expect(opinions44.titles).toHaveLength(3);
    expect(opinions44.mentions).toHaveLength(3);
    expect(opinions44.issuer).toBe('自治区人民政府');
  });

  test('every 《》 title in the sources belongs to a policy record', () => {
    expect(policies.reduce((n, p) => n + p.mentions.length, 0)).toBeGreaterThanOrEqual(29);
  });
});

describe('curated records', () => {
  test('the Central Asia ecology centre has three branches, in KZ, KG and TJ', () => {
    const centre = curated.platforms.find((p) => p.data.name === '中亚生态与环境研究中心')!;
    const branches = curated.platforms.filter((p) => p.data.parent === centre.id && p.data.kind === 'branch-centre');
    expect(branches.map((b) => [b.data.location, b.data.countries.join()]).sort()).toEqual([
      ['杜尚别', 'TJ'],
      ['比什凯克', 'KG'],
      ['阿拉木图', 'KZ'],
    ]);
  });

  test('strategic and comprehensive strategic partnership dates of all five countries', () => {
    const partnerships = curated.events
      .filter((e) => e.data.kind === 'strategic-partnership' || e.data.kind === 'comprehensive-strategic-partnership')
      .map(
        (e) =>
          `${e.data.countries.join()} ${e.data.kind === 'strategic-partnership' ? 'strategic' : 'comprehensive'} ` +
          `${e.data.date.year}-${e.data.date.month}`,
      )
      .sort();
    expect(partnerships).toEqual([
      'KG strategic 2013-9',
      'KZ comprehensive 2011-6',
      'KZ strategic 2005-7',
      'TJ comprehensive 2017-8',
      'TJ strategic 2013-5',
      'TM strategic 2013-9',
      'UZ comprehensive 2016-6',
      'UZ strategic 2012-6',
    ]);
  });

  test('several dozen platforms, each with partner countries as ISO codes and evidence', () => {
    expect(curated.platforms.length).toBeGreaterThanOrEqual(40);
    expect(curated.platforms.every((p) => p.data.sources.length > 0)).toBe(true);
    const proposed = curated.platforms
      .filter((p) => p.data.status === 'proposed' || p.data.status === 'launched')
      .map((p) => p.data.name);
    expect(proposed).toContain('中-哈畜牧业联合研究中心');
  });

  test('enterprise cases of the case table are all recorded', () => {
    const actors = curated.cases.filter((c) => c.data.kind === 'enterprise').map((c) => c.data.actor);
    for (const firm of [
      '新疆特变电工',
      '三宝集团',
      '野马集团',
      '新疆中亚食品',
      '新疆广汇集团',
      '三一重工',
      '金风科技',
      '天业节水',
      '克拉玛依红有软件',
    ])
      expect(actors).toContain(firm);
  });
});
