import { describe, expect, test } from 'vitest';
import { lineOf, yamlLines } from './yaml-lines.ts';

describe('yamlLines', () => {
  const text = [
    'doc: x',
    'nodes:',
    '  - anchor: p-1',
    '    en: "a"',
    '    cells:',
    '      - - ""',
    '        - "b"',
    '  - { anchor: p-2, en: c }',
    '',
  ].join('\n');

  test('yamlLines(text) gives the line of every key path, block and flow style alike', () => {
    const lines = yamlLines(text);
    expect(lines.get('doc')).toBe(1);
    expect(lines.get('nodes[0].en')).toBe(4);
    expect(lines.get('nodes[0].cells[0][1]')).toBe(7);
    expect(lines.get('nodes[1].en')).toBe(8);
  });

  test('yamlLines(text, firstLine) offsets the lines of embedded YAML', () => {
    expect(yamlLines('a: 1\nb: 2\n', 1).get('b')).toBe(3);
  });

  test('lineOf(lines, path) falls back to the nearest ancestor the file has', () => {
    const lines = yamlLines(text);
    expect(lineOf(lines, 'nodes[1].caption')).toBe(8);
    expect(lineOf(lines, 'nodes[0].cells[0][1]')).toBe(7);
    expect(lineOf(lines, 'missing')).toBe(1);
  });
});
