import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocuments, readManifest } from '../../scripts/build-documents.ts';
import { generateContent, GENERATED_DIRS } from '../../scripts/build-content.ts';
import { diffGenerated } from '../../scripts/generated-files.ts';
import { accountFor } from '../../scripts/parse/accounting.ts';
import type { SourceDocument, Table } from '../../src/schemas/document.ts';
import { isDraft } from '../../src/schemas/manifest.ts';
import { readDocumentKinds } from '../../src/lib/document-kinds.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = `${ROOT}seeds`;
let docs: Map<string, SourceDocument>;

beforeAll(() => {
  docs = new Map(buildDocuments(SEEDS).map((d) => [d.file.slice(0, 3), d]));
});

const doc = (prefix: string) => docs.get(prefix)!;
const tables = (prefix: string) => doc(prefix).nodes.filter((n): n is Table & { id: string } => n.type === 'table');
const tableByCaption = (prefix: string, caption: string) => tables(prefix).find((t) => t.caption?.text === caption)!;
const grid = (t: Table) => t.rows.map((r) => r.map((c) => c.text));

describe('seed files', () => {
  test('the manifest pins each seed by sha256', () => {
    for (const entry of readManifest(SEEDS).documents) {
      const sha = createHash('sha256')
        .update(readFileSync(`${SEEDS}/${entry.file}`))
        .digest('hex');
      expect(sha, entry.file).toBe(entry.sha256);
    }
  });

  test.skipIf(!existsSync(`${ROOT}../shared/seeds`))('seeds are byte-for-byte the shared originals', () => {
    // Drafts come from intake (npm run add-source), not from the shared originals.
    for (const entry of readManifest(SEEDS).documents.filter((e) => !isDraft(e))) {
      expect(
        readFileSync(`${SEEDS}/${entry.file}`).equals(readFileSync(`${ROOT}../shared/seeds/${entry.file}`)),
        entry.file,
      ).toBe(true);
    }
  });

  test('the manifest records only what the texts show about their origin', () => {
    const manifest = readManifest(SEEDS);
    const kinds = new Set(readDocumentKinds(`${ROOT}content/curated/document-kinds.yaml`).map((k) => k.id));
    for (const d of manifest.documents) expect(kinds.has(d.kind), `${d.slug}: kind ${d.kind}`).toBe(true);
    expect(manifest.documents.filter((d) => d.origin.author).map((d) => d.origin.author?.zh)).toEqual(['牛新民']);
    expect(manifest.documents.every((d) => d.origin.publication === null)).toBe(true);
  });
});

describe('whole seeds', () => {
  test('every non-blank character of every seed is accounted for', () => {
    for (const d of docs.values()) {
      const source = readFileSync(`${SEEDS}/${d.file}`, 'utf8');
      const report = accountFor(source, d.nodes, d.markup);
      expect(report.problems, d.file).toEqual([]);
      expect(report.accountedChars, d.file).toBe(report.sourceChars);
      expect(report.sourceChars, d.file).toBeGreaterThan(0);
    }
  });

  test('number of tables per seed', () => {
    expect(['000', '001', '002', '003', '004'].map((p) => tables(p).length)).toEqual([0, 13, 0, 7, 0]);
  });

  test('the 2013 trade table, every cell as printed', () => {
    const trade = tableByCaption('001', '2013 年中国与中亚五国进出口商品结构 (亿美元)');
    expect(trade.headerRows).toBe(2);
    expect(grid(trade)).toEqual([
      ['', '贸易总额', '中国进口', '', '中国出口', ''],
      ['', '', '主要商品', '金额', '主要商品', '金额'],
      [
        '哈萨克斯坦',
        '285',
        '矿产品、贱金属及制品、化工产品等',
        '160',
        '机电产品、贱金属及其制品、纺织品、服装、鞋帽等日用消费品',
        '125',
      ],
      [
        '吉尔吉斯斯坦',
        '51',
        '棉花、牛羊皮、黑色金属和有色金属等',
        '0.62',
        '粮油食品、轻纺、日用消费品和小型农机具等',
        '50',
      ],
      [
        '塔吉克斯坦',
        '19',
        '旧金属和农产品等',
        '0.89',
        '机械和通讯设备、交通工具、建筑材料、日用百货、五金工具、服装纺织、瓷制餐具等',
        '18',
      ],
      [
        '乌兹别克斯坦',
        '45',
        '棉花、石油产品、塑料、矿物燃料、矿物油沥青等',
        '19',
        '工程机械、空调、冰箱等机械设备及器具、电机、电气、音响设备及其零附件、天然气管道等钢铁制品、塑料及其制品等',
        '26',
      ],
      ['土库曼斯坦', '100', '能源与原材料产品等', '88', '生产技术用途的设备和产品等', '11'],
    ]);
    expect(trade.rows[0]!.map((c) => [c.colspan, c.rowspan, c.covered])).toEqual([
      [1, 2, false],
      [1, 2, false],
      [2, 1, false],
      [1, 1, true],
      [2, 1, false],
      [1, 1, true],
    ]);
  });

  test('the technology-level survey table, every cell as printed', () => {
    const survey = tableByCaption('001', '中国新疆与中亚五国合作双方的技术水平比率统计表 (%)');
    expect(survey.headerRows).toBe(2);
    expect(grid(survey)).toEqual([
      ['技术水平', '面向新疆问卷', '', '面向中亚五国问卷', ''],
      ['', '新疆技术方', '中亚合作方', '中亚技术方', '新疆合作方'],
      ['国际领先', '9.4', '11', '13', '11'],
      ['国内领先', '56.3', '23', '28', '32'],
      ['国内先进', '34.3', '26', '21', '20'],
      ['国内一般', '0', '20', '36', '26'],
      ['国内落后', '0', '20', '2', '13'],
    ]);
  });

  test('the key-technology table keeps its copied caption, annotated', () => {
    const copied = tableByCaption('001', '中国新疆与中亚五国合作双方的技术水平比率统计表（%）');
    expect(copied.rows[0]![0]!.text).toBe('关键技术来源');
    expect(copied.notes).toEqual([{ erratum: 'duplicate-caption', params: { line: 127 } }]);
  });

  test('the 2010 goods table keeps its dashes', () => {
    const goods = tableByCaption('001', '2010 年哈萨克斯坦、吉尔吉斯斯坦主要货物进出口比重（%）');
    expect(goods.rows.find((r) => r[0]!.text === '矿物和金属出口占货物出口比重')!.map((c) => c.text)).toEqual([
      '矿物和金属出口占货物出口比重',
      '—',
      '4.2',
    ]);
  });

  test('the expert panels of the call are one-cell-per-line tables', () => {
    const panels = tables('003');
    expect(panels.every((t) => t.layout === 'cell-lines' && t.columns === 4)).toBe(true);
    expect(panels.map((t) => t.rows.length - 1)).toEqual([4, 5, 4, 5, 4, 4, 4]);
    expect(grid(panels[0]!)[1]).toEqual(['1', '石书兵', '新疆农业大学农学院', '教授/院长']);
  });

  test('the heading outline of the 2018 call', () => {
    const outline = doc('003')
      .nodes.filter((n) => n.type === 'heading')
      .map((n) => `${'  '.repeat(n.level - 1)}${n.marker?.trim() ?? ''}${n.text}`);
    const annex = (n: number, title: string, tasks: string, extra: string | null) => [
      `  附件${n}${title}`,
      '    一、项目目标',
      `    二、${tasks}`,
      '    三、考核指标',
      '      约束性指标：',
      n === 1 ? '      预期性指标:' : '      预期性指标：',
      ...(extra ? [`    四、${extra}`] : []),
    ];
    expect(outline).toEqual([
      '2018年度自治区区域协同创新专项（上海合作组织科技伙伴计划）项目申报指南',
      '  一、重点项目',
      '    （一）中-哈农业合作研究中心建设（附件1）',
      '    （二）中-塔农业联合研究中心建设（附件2）',
      '    （三）中-哈果蔬加工联合研究中心建设（附件3）',
      '    （四）中-哈畜牧业联合研究中心建设（附件4）',
      '    （五）中-塔卫星和无人机遥感技术联合应用中心建设（附件5）',
      '    （六）中-哈数字旅游场景体验中心建设（附件6）',
      '    （七）中-哈农副产品跨境电子商务平台建设（附件7）',
      '  二、一般项目',
      '  三、申报要求',
      ...annex(1, '中-哈农业合作研究中心建设', '项目任务', null),
      ...annex(2, '中-塔农业联合研究中心建设', '项目任务', '申报要求'),
      ...annex(3, '中-哈果蔬加工联合研究中心建设', '项目任务', '申报要求'),
      ...annex(4, '中-哈畜牧业联合研究中心建设', '项目任务', '申报要求'),
      ...annex(5, '中-塔卫星和无人机遥感技术联合应用中心建设', '研究任务', null),
      ...annex(6, '中-哈数字旅游场景体验中心建设', '研究任务', '申报条件'),
      ...annex(7, '中-哈农副产品跨境电子商务平台建设', '项目任务', '申报要求'),
    ]);
  });

  test('photo captions are lifted out of the paragraphs they interrupted', () => {
    const figures = (p: string) =>
      doc(p)
        .nodes.filter((n) => n.type === 'figure')
        .map((n) => (n.type === 'figure' ? n.text : ''));
    expect(figures('004')).toEqual([
      '乌鲁木齐高新区（新市区）创新广场。',
      '昌吉高新区全景。',
      '石河子高新区鸟瞰图。',
      '特变电工与塔吉克斯坦政府合作建设杜尚别2号火电站项目。',
      '援疆基金与投资企业签署投资协议。',
      '在距离塔吉克斯坦首都杜尚别70公里的哈德隆州亚湾区，中塔两国员工在蔬菜种植基地工作。',
    ]);
    expect(figures('000')).toHaveLength(2);
    expect(figures('000')[0]).toMatch(/图为中亚生态与环境研究中心杜尚别分中心办公楼。$/u);
    const rejoined = doc('000').nodes.find(
      (n) => n.type === 'paragraph' && n.text.startsWith('新疆农业科学院在吉尔吉斯斯坦'),
    );
    expect(rejoined?.type === 'paragraph' && rejoined.text).toContain(
      '开展了现代农业实用技术试验示范，购置了玉米膜下滴灌精量播种机',
    );
    const incubators = doc('004').nodes.find(
      (n) => n.type === 'paragraph' && n.text.startsWith('各类创新创业基地不断发展'),
    );
    expect(incubators?.type === 'paragraph' && incubators.text).toContain('培育面向中亚的国际创业孵化机构 1家');
  });
});

describe('generated content', () => {
  // Each run parses every seed and proves every record: generous limits for a loaded machine.
  test('two runs give byte-identical files', { timeout: 120_000 }, () => {
    const first = generateContent(ROOT);
    const second = generateContent(ROOT);
    expect(second).toEqual(first);
  });

  test('the committed content/ is exactly what the seeds generate', { timeout: 120_000 }, () => {
    expect(diffGenerated(ROOT, GENERATED_DIRS, generateContent(ROOT))).toEqual([]);
  });
});
