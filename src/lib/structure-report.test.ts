import { describe, expect, test } from 'vitest';
import type { DocNode } from '../schemas/document.ts';
import { structureReport } from './structure-report.ts';

const para = (id: string, text: string): DocNode => ({
  type: 'paragraph',
  id,
  spans: [[1, 0, 1]],
  notes: [],
  role: 'body',
  marker: null,
  markerKind: null,
  inlines: [{ kind: 'text', text }],
  text,
});
const heading = (id: string, text: string): DocNode => ({
  type: 'heading',
  id,
  spans: [[1, 0, 1]],
  notes: [],
  level: 2,
  markerKind: 'cn-top',
  marker: null,
  inlines: [{ kind: 'text', text }],
  text,
});

describe('structureReport', () => {
  test('a clean document has no warnings', () => {
    expect(
      structureReport({
        nodes: [heading('h', '一、总体要求'), para('p', '全年地区生产总值增长6.8%，达到1.9万亿元。')],
      }),
    ).toEqual([]);
  });

  test('flags each sign of a misparse with the node it concerns', () => {
    const nodes = [
      heading('h1', '（一）全力维护社会大局和谐稳定。统筹发展和安全'),
      heading('h2', '（二）着力推动高质量发展。'),
      para('p1', '一'.repeat(1501)),
      para('p2', '## 二、主要任务'),
      para('p3', '<table><tr><td>1</td></tr></table>'),
      para('p4', '完成投资500 0亿元'),
      para('a', '下载'),
      para('b', '打印'),
      para('c', '关闭'),
    ];
    const kinds = structureReport({ nodes }).map((w) => `${w.kind}@${w.anchor}`);
    expect(kinds).toEqual([
      'heading-with-full-stop@h1',
      'long-paragraph@p1',
      'markup@p2',
      'markup@p3',
      'digit-space-digit@p4',
      'short-paragraph-run@a',
    ]);
  });
});
