import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { documentSchema, type Table } from '../schemas/document.ts';
import { rowAnchors, sourceTarget } from './source-target.ts';

const DIR = new URL('../../content/documents/', import.meta.url);
const docs = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => documentSchema.parse(JSON.parse(readFileSync(new URL(f, DIR), 'utf8'))));
const tables = docs.flatMap((d) => d.nodes.filter((n): n is Table => n.type === 'table').map((t) => ({ doc: d, t })));

describe('source targets', () => {
  test('every row of every table has its own anchor', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const { t } of tables) {
      const ids = rowAnchors(t);
      expect(new Set(ids).size, t.id).toBe(t.rows.length);
      for (const id of ids) expect(id).toMatch(/^r-[0-9a-f]{8}(?:-\d+)?$/u);
    }
  });

  test('a quote of one cell or of a row lands on that row, a caption on the table', () => {
    for (const { doc, t } of tables) {
      const r = t.rows.length - 1;
      const cell = t.rows[r]!.find((c) => c.text.trim())!;
      const target = sourceTarget(doc.nodes, t.id, cell.text);
      expect(target.kind, t.id).toBe('row');
      if (target.kind !== 'row') continue;
      // The first row holding the text: the quoted row, or an earlier one with the same text.
      expect(
        t.rows[target.row]!.some((c) => c.text.includes(cell.text)),
        t.id,
      ).toBe(true);
      expect(target.anchor).toBe(rowAnchors(t)[target.row]);
      const joined = t.rows[r]!.map((c) => c.text).join(' | ');
      expect(sourceTarget(doc.nodes, t.id, joined)).toMatchObject({ kind: 'row', row: r });
      if (t.caption?.text && !t.rows.flat().some((c) => c.text.includes(t.caption!.text))) {
        expect(sourceTarget(doc.nodes, t.id, t.caption.text).kind).toBe('table');
      }
    }
  });

  test('paragraphs are numbered in reading order', () => {
    const doc = docs[0]!;
    const paragraphs = doc.nodes.filter((n) => n.type === 'paragraph');
    expect(sourceTarget(doc.nodes, paragraphs[0]!.id, '')).toEqual({
      kind: 'paragraph',
      anchor: paragraphs[0]!.id,
      paragraph: 1,
    });
    expect(sourceTarget(doc.nodes, paragraphs.at(-1)!.id, '')).toMatchObject({ paragraph: paragraphs.length });
    expect(() => sourceTarget(doc.nodes, 'p-00000000', '')).toThrow(/no node #p-00000000/u);
  });
});
