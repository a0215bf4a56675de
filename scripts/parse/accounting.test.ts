import { describe, expect, test } from 'vitest';
import { accountFor } from './accounting.ts';
import { parseDocument } from './parse-document.ts';

const SOURCE = '一、标题\n在科技部的大力支持下，建成了\n中亚生态环境研究中心。\n';

describe('accountFor', () => {
  test('accounts for every character of a parsed text', () => {
    const report = accountFor(SOURCE, parseDocument(SOURCE, 'x.txt').nodes);
    expect(report).toEqual({ sourceChars: 29, accountedChars: 29, problems: [] });
  });

  test('reports a character that no node holds', () => {
    const nodes = parseDocument(SOURCE, 'x.txt').nodes.slice(0, 1);
    const report = accountFor(SOURCE, nodes);
    expect(report.accountedChars).toBe(4);
    expect(report.problems[0]).toBe("line 2, column 1: '在' belongs to no node");
  });

  test('reports a node whose text differs from its source span', () => {
    const nodes = parseDocument(SOURCE, 'x.txt').nodes;
    const paragraph = nodes[1]!;
    if (paragraph.type !== 'paragraph') throw new Error('expected a paragraph');
    const tampered = [nodes[0]!, { ...paragraph, inlines: [{ kind: 'text' as const, text: '在科技部的支持下' }] }];
    expect(accountFor(SOURCE, tampered).problems).toContain(
      `line 2: ${paragraph.id} does not hold exactly the characters of its source spans`,
    );
  });
});
