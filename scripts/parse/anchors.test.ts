import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDocument } from './parse-document.ts';

const SEED = new URL('../../seeds/002_0df2d818d220b3d2.txt', import.meta.url);

describe('anchors', () => {
  const source = readFileSync(SEED, 'utf8');
  const before = parseDocument(source, '002.txt').nodes;

  test("editing one paragraph changes only that paragraph's anchor", () => {
    const edited = source.replace('新增规模为5亿元', '新增规模为6亿元');
    const after = parseDocument(edited, '002.txt').nodes;
    const changed = before.filter((n, i) => n.id !== after[i]!.id);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.type === 'paragraph' && changed[0]!.text).toContain('新增规模为5亿元');
  });

  test('inserting a paragraph elsewhere moves no anchor', () => {
    const inserted = source.replace(
      '二、做大做强中科援疆创新创业基金',
      '新增的一段说明文字。\n\n二、做大做强中科援疆创新创业基金',
    );
    const afterIds = new Set(parseDocument(inserted, '002.txt').nodes.map((n) => n.id));
    for (const node of before) expect(afterIds.has(node.id)).toBe(true);
  });

  test('identical headings get distinct anchors in reading order', () => {
    const call = parseDocument(
      readFileSync(new URL('../../seeds/003_8ca512e20a36327a.txt', import.meta.url), 'utf8'),
      '003.txt',
    ).nodes;
    const goals = call.filter((n) => n.type === 'heading' && n.text === '项目目标').map((n) => n.id);
    expect(goals).toHaveLength(7);
    expect(new Set(goals).size).toBe(7);
    expect(goals[1]).toBe(`${goals[0]}-2`);
  });
});
