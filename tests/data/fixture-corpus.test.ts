import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { addSource } from '../../scripts/add-source.ts';
import { generateContent } from '../../scripts/build-content.ts';
import { parseSource } from '../../scripts/build-documents.ts';
import { toJson } from '../../scripts/generated-files.ts';
import { INTAKE_REPORT } from '../../scripts/intake/report.ts';
import { accountFor } from '../../scripts/parse/accounting.ts';
import { structureReport } from '../../src/lib/structure-report.ts';
import type { DocNode, SourceDocument } from '../../src/schemas/document.ts';

// A second corpus: synthetic documents in layouts the five seeds do not have (a web export with
// title block, salutation and page chrome; the same text hard-wrapped as a PDF export with page
// breaks; a Markdown export with GFM and HTML tables and $…$ math; one-cell-per-line tables).
// Golden trees are written only by a person (`UPDATE_GOLDEN=1 npx vitest run fixture-corpus`)
// and reviewed; on a mismatch the test writes `<name>-changed.json` beside the fixture.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = `${ROOT}tests/fixtures/corpus/`;
const files = readdirSync(DIR)
  .filter((f) => /\.(?:txt|md)$/u.test(f))
  .sort();
const stem = (f: string) => f.replace(/\.(?:txt|md)$/u, '');

const parsed = new Map(files.map((f) => [f, parseSource(readFileSync(DIR + f, 'utf8'), f)] as const));
const textNodes = (nodes: readonly DocNode[]) => nodes.filter((n) => n.type !== 'artifact');

/** Digit runs as printed, in order: what a reader must see unchanged. */
const numbersIn = (text: string) => text.match(/\d+(?:[.,]\d+)*/gu) ?? [];

describe('fixture corpus', () => {
  test('holds each layout', () => {
    expect(files.some((f) => f.endsWith('.md'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.txt')).length).toBeGreaterThanOrEqual(3);
  });

  test.each(files)('%s parses to its golden tree', (f) => {
    const actual = toJson(parsed.get(f));
    const expectedPath = `${DIR}${stem(f)}.expected.json`;
    if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) writeFileSync(expectedPath, actual);
    expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
    const expected = readFileSync(expectedPath, 'utf8');
    if (actual !== expected) writeFileSync(`${DIR}${stem(f)}-changed.json`, actual);
    expect(actual).toBe(expected);
  });

  test.each(files)('%s: every character is accounted for', (f) => {
    const p = parsed.get(f)!;
    const report = accountFor(readFileSync(DIR + f, 'utf8'), p.nodes, p.markup);
    expect(report.problems).toEqual([]);
    expect(report.accountedChars).toBe(report.sourceChars);
  });

  test.each(files)('%s: every number reads as printed and no structure warning is raised', (f) => {
    const source = readFileSync(DIR + f, 'utf8');
    const { nodes } = parsed.get(f)!;
    // Joined across wraps, each node's numbers are those of the unwrapped source text.
    const printed = numbersIn(source.replace(/\r?\n(?=\d)/gu, '').replace(/(?<=\d)\r?\n/gu, ''));
    const shown = nodes.flatMap((n) =>
      numbersIn(
        'text' in n
          ? n.text
          : n.type === 'table'
            ? [n.caption?.text ?? '', ...n.rows.flat().map((c) => c.text)].join(' ')
            : n.raw,
      ),
    );
    for (const n of shown) expect(printed, `${n} is not printed in ${f}`).toContain(n);
    expect(
      structureReport({ nodes }).filter((w) => w.kind !== 'digit-space-digit' || !/\d{1,2}:\d{2}/u.test(w.detail)),
    ).toEqual([]);
  });

  test('the same text hard-wrapped or not gives the same structure', () => {
    const shape = (nodes: readonly DocNode[]) =>
      textNodes(nodes).map((n) => `${n.type}:${'text' in n ? n.text : n.type === 'table' ? n.caption?.text : ''}`);
    expect(shape(parsed.get('gov-work-report-pdf.txt')!.nodes)).toEqual(
      shape(parsed.get('gov-work-report-web.txt')!.nodes),
    );
  });

  test('a web export: title block apart, salutation is text, chrome kept as errata, items are items', () => {
    const { nodes } = parsed.get('gov-work-report-web.txt')!;
    expect(nodes[0]).toMatchObject({ type: 'heading', markerKind: 'title' });
    expect(
      nodes
        .filter((n) => n.type === 'paragraph' && n.role === 'byline')
        .map((n) => ('text' in n ? n.text.slice(0, 3) : '')),
    ).toEqual(['——2', '来源：', '时间：']);
    const headings = nodes.filter((n) => n.type === 'heading').map((n) => ('text' in n ? n.text : ''));
    expect(headings.some((h) => /[：:]$/u.test(h))).toBe(false);
    expect(
      nodes.filter((n) => n.type === 'artifact').every((n) => n.type === 'artifact' && n.erratum === 'web-chrome'),
    ).toBe(true);
    expect(nodes.some((n) => n.type === 'artifact' && n.raw === '打印')).toBe(true);
    expect(nodes.filter((n) => n.type === 'paragraph' && n.role === 'item').length).toBeGreaterThan(0);
  });

  test('every table has its caption', () => {
    for (const [f, { nodes }] of parsed)
      for (const t of nodes.filter((n) => n.type === 'table'))
        expect(t.type === 'table' && t.caption?.text, f).toMatch(/^表\d/u);
  });

  test('a Markdown export is read as Markdown: headings, tables, math as printed', () => {
    const { nodes } = parsed.get('preprint-export.md')!;
    expect(nodes.filter((n) => n.type === 'heading').length).toBeGreaterThanOrEqual(5);
    expect(nodes.filter((n) => n.type === 'table').map((n) => n.type === 'table' && n.layout)).toEqual([
      'markdown',
      'html',
    ]);
    expect(nodes.some((n) => 'text' in n && n.text.includes('$\\theta_{it} = y_{it} / x_{it}$'))).toBe(true);
    for (const n of nodes) if ('text' in n) expect(n.text).not.toMatch(/^#|\*\*|<\/?t[rdh]/u);
  });
});

describe('a corpus of drafts goes through the pipeline', () => {
  const root = mkdtempSync(join(tmpdir(), 'yearbook-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(`${root}/seeds`, { recursive: true });
  mkdirSync(`${root}/content/curated`, { recursive: true });
  cpSync(`${ROOT}content/curated/document-kinds.yaml`, `${root}/content/curated/document-kinds.yaml`);
  cpSync(`${ROOT}content/curated/extraction`, `${root}/content/curated/extraction`, { recursive: true });
  // The corpus starts with no manifest: add-source starts one and appends each document as a draft.
  const entries = files.map((f) =>
    addSource({ root, file: DIR + f, kind: f.endsWith('.md') ? 'preprint' : 'government-report' }),
  );

  test('add-source copies each file byte-for-byte and writes a draft entry with its printed title', () => {
    for (const [i, f] of files.entries()) {
      const e = entries[i]!;
      expect(readFileSync(`${root}/seeds/${e.file}`).equals(readFileSync(DIR + f))).toBe(true);
      expect(e.status).toBe('draft');
      expect(e.title.en).toBeNull();
      expect(e.title.printed).toBe(true);
      expect(e.title.zh).toBe(
        parsed.get(f)!.nodes[0]!.type === 'heading' ? (parsed.get(f)!.nodes[0] as { text: string }).text : '',
      );
    }
  });

  test('add-source refuses a file already added, an unknown kind and an unreadable file, writing nothing', () => {
    const before = readFileSync(`${root}/seeds/manifest.yaml`, 'utf8');
    expect(() => addSource({ root, file: DIR + files[1]! })).toThrow(/already in the manifest/u);
    expect(() => addSource({ root, file: DIR + files[1]!, slug: 'x', kind: 'no-such-kind' })).toThrow(
      /document-kinds\.yaml/u,
    );
    const bad = join(root, 'bad.txt');
    writeFileSync(bad, '标题\n\n正文第一行\u0007\n');
    expect(() => addSource({ root, file: bad })).toThrow(/bad\.txt:3: control character/u);
    expect(readFileSync(`${root}/seeds/manifest.yaml`, 'utf8')).toBe(before);
  });

  test('the build succeeds and the intake report lists every draft with its open items', () => {
    const out = generateContent(root);
    const report = out.find((f) => f.path === INTAKE_REPORT)!.content;
    for (const e of entries) expect(report).toContain(`## ${e.slug} (draft)`);
    expect(report).toMatch(/\[tables\] t-\w+: table “表1/u);
    expect(report).toMatch(/\[policies\] p-\w+: 《天山之约》/u);
    expect(report).toMatch(/\[translation\]/u);
    const docs = out
      .filter((f) => f.path.startsWith('content/documents/'))
      .map((f) => JSON.parse(f.content) as SourceDocument);
    expect(docs.map((d) => d.slug).sort()).toEqual(entries.map((e) => e.slug).sort());
    // Draft tables without metadata stay in the reader only.
    expect(out.some((f) => f.path.startsWith('content/tables/'))).toBe(false);
  });

  test('the drafts contribute candidate platforms, events and figures, all marked unreviewed', () => {
    const candidates = generateContent(root)
      .filter((f) => f.path.startsWith('content/candidates/'))
      .map((f) => ({ collection: f.path.split('/')[2], text: f.content }));
    for (const c of candidates) {
      expect(c.text).toMatch(/\nreview:\n {2}status: unreviewed\n/u);
      expect(entries.some((e) => c.text.includes(`\ndoc: ${e.slug}\n`))).toBe(true);
      expect(c.text).toMatch(/<SourceQuote doc="[^"]+" anchor="[hpft]-[0-9a-f]{8}(?:-\d+)?">\{"/u);
    }
    const collections = new Set(candidates.map((c) => c.collection));
    for (const k of ['platforms', 'events', 'figures']) expect(collections, k).toContain(k);
  });

  test('a document promoted to reviewed is held to every gate', () => {
    const manifest = `${root}/seeds/manifest.yaml`;
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('status: draft', 'status: reviewed'));
    try {
      expect(() => generateContent(root)).toThrow(/English title|tables\.yaml|policies\.yaml/u);
    } finally {
      writeFileSync(manifest, text);
    }
  });
});
