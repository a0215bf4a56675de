import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DocNode, Inline, MarkerKind, Span, Table } from '../../src/schemas/document.ts';
import { assignAnchors, type DraftNode } from './anchors.ts';
import { cleanText, scanInlines } from './inline-errata.ts';
import { readLines } from './lines.ts';
import { findMarker } from './markers.ts';
import type { ParsedDocument } from './parse-document.ts';
import { SourceError } from './source-error.ts';
import { TABLE_CAPTION_MAX_CHARS } from './table-caption.ts';
import { buildGrid, type RawCell } from './table-grid.ts';
import { charLength, endsTerminal, joinWrapped } from './text.ts';

/** The parts of an mdast node this reader uses. */
interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean | null;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number; line: number }; end: { offset?: number } };
}

/** Offsets [start, end) in the text with the byte-order mark removed. */
type Range = [number, number];

/** Inline syntax whose delimiters are markup: the text between them is the printed text. */
const DELIMITED = new Set(['strong', 'emphasis', 'delete', 'link', 'linkReference']);
const TABLE_CELL = /<(t[hd])\b[^>]*>([\s\S]*?)<\/\1\s*>/giu;

/**
 * Reads a Markdown export (`.md`) with remark and remark-gfm. Pure: text in, nodes out.
 *
 * - `#` headings are headings (depth = level; the first `#` heading is the title), with the
 *   numbering they print (`## 二、主要任务`) read as elsewhere.
 * - Paragraphs, list items and block quotes keep their text as printed; soft line breaks join as
 *   a hard wrap does (no space between Chinese, none inside a number). `$…$` math stays as printed.
 * - GFM tables and HTML `<table>` blocks are tables; a short unfinished paragraph right before
 *   one is its caption.
 * - The syntax itself (`#`, `|`, `---`, `**`, `>`, list bullets, HTML tags) is recorded as markup
 *   spans, so every other character still belongs to exactly one node.
 * - Other HTML blocks and code blocks are kept whole as `markup-block` errata, never dropped; an HTML
 *   table that is not closed is rejected with file:line.
 */
export function parseMarkdown(source: string, file: string): ParsedDocument {
  const lines = readLines(source, file);
  const body = source.startsWith('\ufeff') ? source.slice(1) : source;
  const lineStarts = [0];
  for (const m of body.matchAll(/\r?\n|\r/gu)) lineStarts.push(m.index + m[0].length);
  const at = (offset: number): [number, number] => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - lineStarts[lo]!];
  };
  const lineEnd = (no: number) => lineStarts[no - 1]! + lines[no - 1]!.raw.length;
  const rangeOf = (n: MdNode): Range => [n.position!.start.offset!, n.position!.end.offset!];

  const markup: Span[] = [];
  // Nested syntax (a quote inside a list inside a quote) may name a character twice; it is markup once.
  const marked = new Set<number>();
  const addMarkup = (from: number, to: number) => {
    let runStart = -1;
    const flush = (end: number) => {
      if (runStart >= 0) for (const span of lineSpans(runStart, end)) markup.push(span);
      runStart = -1;
    };
    for (let k = from; k < to; k++) {
      const mark = !marked.has(k) && !/\s/u.test(body[k]!);
      if (mark) {
        marked.add(k);
        if (runStart < 0) runStart = k;
      } else flush(k);
    }
    flush(to);
  };
  /** Splits an offset range at line ends into [line, start, end) spans. */
  const lineSpans = (from: number, to: number): Span[] => {
    const out: Span[] = [];
    let [line, col] = at(from);
    let offset = from;
    while (offset < to) {
      const end = Math.min(to, lineEnd(line));
      if (end > offset) out.push([line, col, col + end - offset]);
      if (line >= lines.length) break;
      line++;
      offset = lineStarts[line - 1]!;
      col = 0;
    }
    return out;
  };

  const offsetsOf = ([line, s, e]: Span): Range => [lineStarts[line - 1]! + s, lineStarts[line - 1]! + e];
  /** Everything in `range` but the `kept` ranges (cell text) is markup. */
  const addMarkupExcept = (range: Range, kept: readonly Range[]) => {
    let cursor = range[0];
    for (const [s, e] of [...kept].sort((a, b) => a[0] - b[0])) {
      if (s > cursor) addMarkup(cursor, s);
      cursor = Math.max(cursor, e);
    }
    if (cursor < range[1]) addMarkup(cursor, range[1]);
  };

  const drafts: DraftNode[] = [];
  let titled = false;

  /** Text of `range` without the `holes` (syntax), trimmed per line, as spans and joined text. */
  const textOf = (range: Range, holes: readonly Range[]) => {
    const sorted = [...holes].sort((a, b) => a[0] - b[0]);
    const pieces: Range[] = [];
    let cursor = range[0];
    for (const [s, e] of sorted) {
      if (s > cursor) pieces.push([cursor, Math.min(s, range[1])]);
      cursor = Math.max(cursor, e);
    }
    if (cursor < range[1]) pieces.push([cursor, range[1]]);
    const spans: Span[] = [];
    const byLine = new Map<number, string>();
    for (const [s, e] of pieces) {
      for (const [line, cs, ce] of lineSpans(s, e)) {
        const raw = lines[line - 1]!.raw.slice(cs, ce);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (!trimmed) continue;
        spans.push([line, cs + lead, cs + lead + trimmed.length]);
        byLine.set(line, (byLine.get(line) ?? '') + (byLine.has(line) ? raw : raw.trimStart()));
      }
    }
    const text = [...byLine.values()].map((t) => t.trimEnd()).reduce((a, b) => joinWrapped(a, b), '');
    return { spans, text };
  };

  /** Delimiters of inline syntax (`**`, `[`, `](url)`, backticks) inside a block. */
  const inlineHoles = (n: MdNode, out: Range[]) => {
    for (const child of n.children ?? []) {
      const [s, e] = rangeOf(child);
      if (DELIMITED.has(child.type) && child.children?.length) {
        const first = rangeOf(child.children[0]!)[0];
        const last = rangeOf(child.children.at(-1)!)[1];
        out.push([s, first], [last, e]);
        inlineHoles(child, out);
      } else if (child.type === 'inlineCode') {
        const raw = body.slice(s, e);
        const ticks = /^`+/u.exec(raw)![0].length;
        out.push([s, s + ticks], [e - ticks, e]);
      } else if (child.children) inlineHoles(child, out);
    }
    return out;
  };

  /** The inline delimiters of a block, recorded as markup and returned as holes in its text. */
  const inlineMarkup = (n: MdNode): Range[] => {
    const holes = inlineHoles(n, []);
    for (const h of holes) addMarkup(...h);
    return holes;
  };

  /** `>` prefixes of the lines of a block quote. */
  const quoteHoles = (range: Range): Range[] =>
    lineSpans(range[0], range[1]).flatMap(([line]) => {
      // On its first line the quote starts where it is nested (after a list bullet, say).
      const start = Math.max(lineStarts[line - 1]!, range[0]);
      const m = /^[ \t]*(?:>[ \t]?)+/u.exec(body.slice(start, lineStarts[line - 1]! + lines[line - 1]!.raw.length));
      return m ? [[start, start + m[0].length] as Range] : [];
    });

  const inlinesFor = (text: string): Inline[] => scanInlines(text);

  const paragraph = (
    n: MdNode,
    extraHoles: Range[],
    role: 'body' | 'item',
    marker: string | null,
    markerKind: MarkerKind | null,
  ) => {
    const { spans, text } = textOf(rangeOf(n), [...inlineMarkup(n), ...extraHoles]);
    if (!spans.length) return;
    const inlines = inlinesFor(text);
    drafts.push({ type: 'paragraph', spans, notes: [], role, marker, markerKind, inlines, text: cleanText(inlines) });
  };

  const heading = (n: MdNode, holes: Range[]) => {
    const range = rangeOf(n);
    const kids = n.children ?? [];
    const inner: Range = kids.length ? [rangeOf(kids[0]!)[0], rangeOf(kids.at(-1)!)[1]] : [range[1], range[1]];
    addMarkup(range[0], inner[0]);
    addMarkup(inner[1], range[1]);
    const { spans, text } = textOf(inner, [...inlineMarkup(n), ...holes]);
    if (!spans.length) return;
    const found = findMarker(text);
    const title = !titled && n.depth === 1;
    if (title) titled = true;
    const markerKind: MarkerKind = title ? 'title' : (found?.kind ?? 'label');
    const marker = !title && found?.text ? found.text : null;
    const rest = marker ? text.slice(marker.length) : text;
    const inlines = inlinesFor(rest);
    drafts.push({
      type: 'heading',
      spans,
      notes: [],
      level: Math.min(n.depth ?? 1, 6),
      markerKind,
      marker,
      inlines,
      text: cleanText(inlines),
    });
  };

  /** A short unfinished one-line paragraph right before a table is its caption. */
  const takeCaption = (): Table['caption'] => {
    const prev = drafts.at(-1);
    if (prev?.type !== 'paragraph' || prev.role !== 'body' || prev.spans.length !== 1) return null;
    if (endsTerminal(prev.text) || charLength(prev.text) > TABLE_CAPTION_MAX_CHARS) return null;
    drafts.pop();
    return { inlines: prev.inlines, text: prev.text, spans: prev.spans };
  };

  const pushTable = (rows: RawCell[][], layout: Table['layout'], line: number) => {
    const columns = rows[0]!.length;
    for (const row of rows) {
      const filled = row.findLastIndex((c) => c.text !== '');
      if (filled >= columns)
        throw new SourceError(
          file,
          row[filled]!.span?.[0] ?? line,
          `table row has ${filled + 1} cells but the table's header has ${columns}`,
        );
    }
    const fitted = rows.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? { text: '', span: null }));
    const caption = takeCaption();
    const grid = buildGrid(fitted, columns);
    const spans = fitted.flat().flatMap((c) => (c.span ? [c.span] : []));
    drafts.push({
      type: 'table',
      spans: [...(caption?.spans ?? []), ...spans],
      notes: [],
      caption,
      layout,
      headerRows: grid.headerRows,
      columns,
      rows: grid.cells,
    });
  };

  const cellOf = (from: number, to: number): RawCell => {
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return { text: '', span: null };
    const [line, col] = at(from + lead);
    // A cell is read from one line; one broken over lines cannot be placed in a row as printed.
    if (/[\r\n]/u.test(text)) throw new SourceError(file, line, 'a table cell runs over several lines');
    return { text, span: [line, col, col + text.length] };
  };

  const gfmTable = (n: MdNode) => {
    const range = rangeOf(n);
    const rows = (n.children ?? []).map((row) =>
      (row.children ?? []).map((cell) => {
        const kids = cell.children ?? [];
        if (!kids.length) return { text: '', span: null };
        return cellOf(rangeOf(kids[0]!)[0], rangeOf(kids.at(-1)!)[1]);
      }),
    );
    pushTable(rows, 'markdown', n.position!.start.line);
    // Cells are text; the rest of each row (pipes, the delimiter row) is markup.
    addMarkupExcept(
      range,
      rows.flat().flatMap((c) => (c.span ? [offsetsOf(c.span)] : [])),
    );
  };

  const htmlBlock = (n: MdNode) => {
    const range = rangeOf(n);
    const raw = body.slice(range[0], range[1]);
    if (/<table\b/iu.test(raw)) {
      if (!/<\/table\s*>/iu.test(raw))
        throw new SourceError(file, n.position!.start.line, 'HTML <table> without </table>: the table cannot be read');
      const rows: RawCell[][] = [];
      for (const tr of raw.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/giu)) {
        const trStart = range[0] + tr.index + tr[0].indexOf(tr[1]!);
        const row: RawCell[] = [];
        for (const cell of tr[1]!.matchAll(TABLE_CELL)) {
          const inner = trStart + cell.index + cell[0].indexOf('>') + 1;
          row.push(cellOf(inner, inner + cell[2]!.length));
        }
        if (row.length) rows.push(row);
      }
      if (!rows.length) throw new SourceError(file, n.position!.start.line, 'HTML <table> without rows (<tr>…</tr>)');
      pushTable(rows, 'html', n.position!.start.line);
      addMarkupExcept(
        range,
        rows.flat().flatMap((c) => (c.span ? [offsetsOf(c.span)] : [])),
      );
      return;
    }
    const spans = lineSpans(range[0], range[1]).filter(([line, s, e]) => lines[line - 1]!.raw.slice(s, e).trim());
    drafts.push({
      type: 'artifact',
      spans: spans.map(([l, s, e]) => trimSpan(lines[l - 1]!.raw, l, s, e)),
      notes: [],
      erratum: 'markup-block',
      raw: raw.trim(),
    });
  };

  const walk = (n: MdNode, holes: Range[]) => {
    switch (n.type) {
      case 'heading':
        return heading(n, holes);
      case 'paragraph':
        return paragraph(n, holes, 'body', null, null);
      case 'table':
        return gfmTable(n);
      case 'html':
        return htmlBlock(n);
      case 'thematicBreak':
        return addMarkup(...rangeOf(n));
      case 'blockquote': {
        const inner = [...holes, ...quoteHoles(rangeOf(n))];
        for (const h of quoteHoles(rangeOf(n))) addMarkup(...h);
        for (const c of n.children ?? []) walk(c, inner);
        return;
      }
      case 'list':
        for (const item of n.children ?? []) {
          const kids = item.children ?? [];
          const [s] = rangeOf(item);
          const contentStart = kids.length ? rangeOf(kids[0]!)[0] : rangeOf(item)[1];
          const bullet = body.slice(s, contentStart).trim();
          const ordered = /^\d{1,3}[.)]$/u.test(bullet);
          if (!ordered) addMarkup(s, contentStart);
          kids.forEach((k, i) => {
            if (i === 0 && k.type === 'paragraph') {
              if (ordered) {
                const { spans, text } = textOf([s, rangeOf(k)[1]], [...inlineMarkup(k), ...holes]);
                const inlines = inlinesFor(text.slice(bullet.length).trimStart());
                drafts.push({
                  type: 'paragraph',
                  spans,
                  notes: [],
                  role: 'item',
                  marker: bullet,
                  markerKind: 'arabic',
                  inlines,
                  text: cleanText(inlines),
                });
              } else paragraph(k, holes, 'item', null, null);
            } else walk(k, holes);
          });
        }
        return;
      case 'code': {
        const range = rangeOf(n);
        const spans = lineSpans(range[0], range[1]).filter(([line, a, b]) => lines[line - 1]!.raw.slice(a, b).trim());
        drafts.push({
          type: 'artifact',
          spans: spans.map(([l, a, b]) => trimSpan(lines[l - 1]!.raw, l, a, b)),
          notes: [],
          erratum: 'markup-block',
          raw: body.slice(...range).trim(),
        });
        return;
      }
      default:
        // Anything else (definitions, footnotes, front matter) is kept whole as printed text.
        if (n.position) {
          const { spans, text } = textOf(rangeOf(n), holes);
          if (!spans.length) return;
          const inlines = inlinesFor(text);
          drafts.push({
            type: 'paragraph',
            spans,
            notes: [],
            role: 'body',
            marker: null,
            markerKind: null,
            inlines,
            text: cleanText(inlines),
          });
        }
    }
  };

  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as unknown as MdNode;
  for (const child of joinHtmlTables(tree.children ?? [])) walk(child, []);
  const nodes: DocNode[] = assignAnchors(drafts);
  return {
    layout: { hardWrapped: false, wrapWidth: null, lines: lines.length },
    nodes,
    markup: markup.sort((a, b) => a[0] - b[0] || a[1] - b[1]),
  };
}

const trimSpan = (raw: string, line: number, s: number, e: number): Span => {
  const part = raw.slice(s, e);
  const lead = part.length - part.trimStart().length;
  return [line, s + lead, s + lead + part.trim().length];
};

/**
 * An HTML block ends at a blank line, so a `<table>` with blank lines between its rows arrives
 * in pieces; the pieces up to the one holding `</table>` are read as one block.
 */
function joinHtmlTables(children: readonly MdNode[]): MdNode[] {
  const out: MdNode[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    const open = c.type === 'html' && /<table\b/iu.test(c.value ?? '') && !/<\/table\s*>/iu.test(c.value ?? '');
    const end = open
      ? children.findIndex((d, k) => k > i && d.type === 'html' && /<\/table\s*>/iu.test(d.value ?? ''))
      : -1;
    if (end < 0) {
      out.push(c);
      continue;
    }
    out.push({ type: 'html', position: { start: c.position!.start, end: children[end]!.position!.end } });
    i = end;
  }
  return out;
}
