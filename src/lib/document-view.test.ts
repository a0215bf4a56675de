import { describe, expect, test } from 'vitest';
import { buildDocuments } from '../../scripts/build-documents.ts';
import { collectErrata, headingRank, lineRange, tableOfContents, titleNode } from './document-view.ts';

const docs = new Map(
  buildDocuments(new URL('../../seeds', import.meta.url).pathname).map((d) => [d.file.slice(0, 3), d]),
);
const doc = (p: string) => docs.get(p)!;

describe('titleNode', () => {
  test('the printed title or a lone chapter heading is the title', () => {
    expect(titleNode(doc('001'))?.text).toBe('中国新疆织就与中亚国家“一带一路”科技合作协同网络');
    expect(titleNode(doc('002'))?.marker).toBe('第九章 ');
    expect(titleNode(doc('003'))?.markerKind).toBe('title');
  });
  test('texts that open with 一、 among siblings have none', () => {
    expect(titleNode(doc('000'))).toBeNull();
    expect(titleNode(doc('004'))).toBeNull();
  });
});

describe('headingRank', () => {
  test('first sections are h2 under the page h1, whatever their source level', () => {
    const firstSection = (p: string) => doc(p).nodes.find((n) => n.type === 'heading' && n.markerKind === 'cn-top');
    for (const p of ['000', '001', '002', '003', '004']) {
      const h = firstSection(p);
      expect(h?.type === 'heading' && headingRank(doc(p), h), p).toBe(2);
    }
  });
});

describe('tableOfContents', () => {
  test('nests sections and leaves out the title and indicator labels', () => {
    const toc = tableOfContents(doc('003'));
    expect(toc.map((e) => `${e.heading.marker ?? ''}${e.heading.text}`)).toEqual([
      '一、重点项目',
      '二、一般项目',
      '三、申报要求',
      '附件1中-哈农业合作研究中心建设',
      '附件2中-塔农业联合研究中心建设',
      '附件3中-哈果蔬加工联合研究中心建设',
      '附件4中-哈畜牧业联合研究中心建设',
      '附件5中-塔卫星和无人机遥感技术联合应用中心建设',
      '附件6中-哈数字旅游场景体验中心建设',
      '附件7中-哈农副产品跨境电子商务平台建设',
    ]);
    expect(toc[0]!.children).toHaveLength(7);
    expect(toc[3]!.children.map((c) => c.heading.text)).toEqual(['项目目标', '项目任务', '考核指标']);
  });
});

describe('collectErrata', () => {
  test('lists every defect with its place', () => {
    const kinds = (p: string) => collectErrata(doc(p)).list.map((e) => e.kind);
    expect(kinds('001')).toEqual(['repeated-at-break', 'duplicate-caption', 'latin-in-cjk', 'markup']);
    expect(kinds('003').filter((k) => k === 'bookmark')).toHaveLength(3);
    expect(kinds('003').filter((k) => k === 'image-placeholder')).toHaveLength(2);
    expect(kinds('003')).toContain('image-file');
    const and = collectErrata(doc('001')).list.find((e) => e.kind === 'latin-in-cjk')!;
    expect(and.raw).toBe('and');
    expect(and.lines).toBe('192–200');
  });
});

describe('lineRange', () => {
  test('one line or a range', () => {
    expect(lineRange({ spans: [[7, 0, 3]] })).toBe('7');
    expect(
      lineRange({
        spans: [
          [13, 0, 3],
          [26, 0, 9],
        ],
      }),
    ).toBe('13–26');
  });
});
