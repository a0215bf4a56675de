import type { DocNode, Inline, MarkerKind, NodeNote, Span, Table } from '../../src/schemas/document.ts';
import { assignAnchors, type DraftNode } from './anchors.ts';
import { cleanText, leadingErrata, pushText, scanInlines } from './inline-errata.ts';
import { detectWrap, readLines, WIDTH_TOLERANCE, type SourceLine, type WrapLayout } from './lines.ts';
import { findMarker, MARKER_RANK, type Marker } from './markers.ts';
import { HEADING_MAX_CHARS, readsAsHeading, startsWrappedItem } from './numbered-item.ts';
import { isSalutation } from './salutation.ts';
import { captionBeforeTable, TABLE_CAPTION_MAX_CHARS } from './table-caption.ts';
import { buildGrid } from './table-grid.ts';
import { readTable } from './tables.ts';
import { charLength, endsTerminal, hasPunctuation, joinWrapped, nonBlank } from './text.ts';
import { isByline, isTitleBlockLine } from './title-block.ts';
import { isWebChrome } from './web-chrome.ts';

/** A piece of one source line that belongs to a node. */
interface Run {
  line: number;
  start: number;
  end: number;
  text: string;
  /** Blank lines separate this run from the previous one: a page break inside the paragraph. */
  afterBreak: boolean;
}

type TableCaption = NonNullable<Table['caption']>;

interface Builder {
  type: 'heading' | 'paragraph';
  role: 'body' | 'item' | 'byline';
  markerKind: MarkerKind | null;
  marker: string | null;
  /** Characters of the first run that belong to the marker (and errata before it). */
  skip: number;
  runs: Run[];
  /** An annex number (`附件1`) waits for its title on a following line. */
  awaitingTitle: boolean;
  level: number;
  /** A list item whose sibling above is a heading: try to split off its run-in heading. */
  runIn: boolean;
}

export interface ParsedDocument {
  layout: WrapLayout & { lines: number };
  nodes: DocNode[];
  /** Syntax of a markup format (Markdown `#`, `|`, `**`, HTML tags): characters that are no node's text. */
  markup?: Span[];
}

/** Photo captions are single sentences of at most this many characters. */
const CAPTION_MAX_CHARS = 64;
/** Without wrapped lines to compare, only short, set-apart sentences count as captions. */
const LOOSE_CAPTION_MAX_CHARS = 40;
const SENTENCE_END = /[。！？]/gu;
const INTERRUPTING: NodeNote = { erratum: 'interrupting-caption', params: {} };

/**
 * Parses one seed into nodes in reading order. Pure: text in, nodes out; errors name file:line.
 *
 * Layout rules, each a general reading of how the PDFs were turned into text:
 * - A paragraph goes on while its last line stops mid-sentence, across blank lines (page breaks).
 * - Numbered lines (一、 （一） 1. 任务1. 附件N 第九章) are headings when short and unpunctuated,
 *   else list items; a label line ending in a colon (约束性指标：) is a heading too.
 * - Photo captions are found by layout, not by wording: lines wider than the wrap width, an
 *   indented block of complete sentences inside an unfinished paragraph, or a lone one-sentence
 *   line set apart by blank lines.
 * - A tab row or a run of one-cell lines starts a table; an unfinished line just before it is its caption.
 * - Title-block lines (dateline, 来源：, 时间：, byline) under the title stand alone; a salutation
 *   (各位代表：) is text, not a label heading; a line of web-page chrome is kept as an erratum.
 * Each of these rules lives in a module of its own (numbered-item, table-caption, title-block,
 * salutation, web-chrome, text for wrap seams); this function only applies them in order.
 */
export function parseDocument(source: string, file: string): ParsedDocument {
  const lines = readLines(source, file);
  const layout = detectWrap(lines);
  const wrap = layout.wrapWidth;
  const drafts: DraftNode[] = [];
  const outline: MarkerKind[] = [];
  const captionsSeen = new Map<string, { line: number; header: string }>();
  let open: Builder | null = null;
  let expectsMore = false;
  let blanks = 0;

  const blanksAfter = (i: number): number => {
    let k = i + 1;
    while (k < lines.length && lines[k]!.kind === 'blank') k++;
    return k >= lines.length ? Number.POSITIVE_INFINITY : k - i - 1;
  };
  const runOf = (l: SourceLine, afterBreak: boolean): Run => ({
    line: l.no,
    start: l.start,
    end: l.end,
    text: l.text,
    afterBreak,
  });
  const levelFor = (kind: MarkerKind): number => {
    while (outline.length && MARKER_RANK[outline.at(-1)!] >= MARKER_RANK[kind]) outline.pop();
    outline.push(kind);
    return Math.min(outline.length, 6);
  };
  const paragraphOpen = () => open?.type === 'paragraph' && expectsMore;
  /** Only the title and title-block lines so far. */
  const inTitleBlock = () =>
    [...drafts, ...(open ? [open] : [])].every((d) => {
      if (d.type === 'artifact') return true;
      return ('markerKind' in d && d.markerKind === 'title') || ('role' in d && d.role === 'byline');
    });
  const singleRun = (l: SourceLine, gap: number, role: Builder['role']): Builder => ({
    type: 'paragraph',
    role,
    markerKind: null,
    marker: null,
    skip: 0,
    runs: [runOf(l, gap > 0)],
    awaitingTitle: false,
    level: 0,
    runIn: false,
  });
  /** Does the open paragraph's last line end a sentence (it runs on only because it is full-width)? */
  const lastRunEnds = () => open !== null && endsTerminal(open.runs.at(-1)!.text);

  /** After adding line i to a paragraph: must the next line continue it? */
  const updateExpectation = (i: number) => {
    const l = lines[i]!;
    if (open?.role === 'byline') return void (expectsMore = false);
    if (!l.terminal) return void (expectsMore = true);
    // A full-width line that happens to end a sentence runs on into the next line of the block.
    const next = lines[i + 1];
    expectsMore =
      wrap !== null &&
      l.width >= wrap - WIDTH_TOLERANCE &&
      next?.kind === 'text' &&
      findMarker(leadingErrata(next.text).rest) === null;
  };

  // Captions and leftovers met inside an unfinished paragraph wait until it is complete.
  let pendingFigures: DraftNode[] = [];
  const close = () => {
    if (open) drafts.push(...finishBuilder(open, levelFor));
    drafts.push(...pendingFigures);
    pendingFigures = [];
    open = null;
    expectsMore = false;
  };
  const pushFigure = (node: DraftNode, interrupting: boolean) => {
    if (interrupting) return void pendingFigures.push(node);
    close();
    drafts.push(node);
  };

  const figure = (line: number, start: number, end: number, text: string, interrupting: boolean) => {
    const notes: NodeNote[] = interrupting ? [INTERRUPTING] : [];
    const inlines = scanInlines(text);
    pushFigure({ type: 'figure', spans: [[line, start, end]], notes, inlines, text: cleanText(inlines) }, interrupting);
  };

  /** Captions on one line are separated by a sentence end and a space. */
  const figuresOfLine = (l: SourceLine, interrupting: boolean) => {
    let offset = l.start;
    for (const part of l.text.split(/(?<=[。！？])\s+/u)) {
      const at = l.raw.indexOf(part, offset);
      figure(l.no, at, at + part.length, part, interrupting);
      offset = at + part.length;
    }
  };

  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.kind === 'blank') {
      blanks++;
      i++;
      continue;
    }
    const gap = blanks;
    blanks = 0;

    if (l.kind === 'tab-row' || l.kind === 'cell-line') {
      const raw = readTable(lines, i, file);
      let caption: TableCaption | null = null;
      if (open && open.type === 'paragraph' && open.role === 'body' && open.runs.length === 1 && expectsMore) {
        const run = open.runs[0]!;
        if (charLength(run.text) <= TABLE_CAPTION_MAX_CHARS) {
          const inlines = scanInlines(run.text);
          caption = { inlines, text: cleanText(inlines), spans: [[run.line, run.start, run.end]] };
          open = null;
          expectsMore = false;
        }
      }
      close();
      const notes = [...raw.notes];
      // The same caption over the same header is a recurring section (each annex's expert
      // panel); over a different header it is a caption copied onto the wrong table.
      if (caption) {
        const key = nonBlank(caption.text.normalize('NFKC'));
        const header = nonBlank(
          raw.rows[0]!.map((c) => c.text)
            .join('|')
            .normalize('NFKC'),
        );
        const first = captionsSeen.get(key);
        if (first && first.header !== header)
          notes.push({ erratum: 'duplicate-caption', params: { line: first.line } });
        if (!first) captionsSeen.set(key, { line: caption.spans[0]![0], header });
      }
      const grid = buildGrid(raw.rows, raw.columns);
      const spans = raw.rows.flat().flatMap((c) => (c.span ? [c.span] : []));
      drafts.push({
        type: 'table',
        spans: [...(caption?.spans ?? []), ...spans] as Span[],
        notes,
        caption,
        layout: raw.layout,
        headerRows: grid.headerRows,
        columns: raw.columns,
        rows: grid.cells,
      });
      i = raw.next;
      continue;
    }

    if (l.kind === 'image-file') {
      pushFigure(
        { type: 'artifact', spans: [[l.no, l.start, l.end]], notes: [], erratum: 'image-file', raw: l.text },
        paragraphOpen(),
      );
      i++;
      continue;
    }

    const { rest } = leadingErrata(l.text);

    if (isWebChrome(rest)) {
      const chrome: DraftNode = {
        type: 'artifact',
        spans: [[l.no, l.start, l.end]],
        notes: [],
        erratum: 'web-chrome',
        raw: l.text,
      };
      pushFigure(chrome, paragraphOpen());
      i++;
      continue;
    }

    // Under the title, each title-block line stands alone; a salutation is a line of text.
    if ((isTitleBlockLine(rest) && inTitleBlock()) || isSalutation(rest)) {
      close();
      open = singleRun(l, gap, isSalutation(rest) ? 'body' : 'byline');
      i++;
      continue;
    }

    const marker = findMarker(rest);

    if (open?.type === 'heading' && !marker && continuesHeading(open, l, gap)) {
      open.runs.push(runOf(l, gap > 0));
      open.awaitingTitle = false;
      i++;
      continue;
    }

    // A line far wider than the wrap width is a caption set across the page; it may run on.
    if (wrap !== null && !marker && l.width > wrap * 1.4) {
      const interrupting = paragraphOpen();
      let j = i;
      while (!lines[j]!.terminal && lines[j + 1]?.kind === 'text') j++;
      const frame = lines.slice(i, j + 1);
      const text = frame.map((f) => f.text).reduce(joinWrapped);
      const inlines = scanInlines(text);
      const notes: NodeNote[] = interrupting ? [INTERRUPTING] : [];
      pushFigure(
        {
          type: 'figure',
          spans: frame.map((f) => [f.no, f.start, f.end] as Span),
          notes,
          inlines,
          text: cleanText(inlines),
        },
        interrupting,
      );
      i = j + 1;
      continue;
    }

    // An indented block of complete sentences inside an unfinished paragraph is a set of captions.
    if (paragraphOpen() && l.indented && !marker) {
      let j = i;
      while (lines[j + 1]?.kind === 'text') j++;
      const block = lines.slice(i, j + 1);
      if (block.length <= 3 && block.every((b) => b.terminal && (wrap === null || b.width <= wrap + WIDTH_TOLERANCE))) {
        for (const b of block) figuresOfLine(b, true);
        i = j + 1;
        continue;
      }
    }

    if (marker) {
      close();
      const fullWidth = wrap !== null && l.width >= wrap - WIDTH_TOLERANCE;
      open = startMarked(l, marker, levelFor, outline.at(-1) ?? null, fullWidth);
      expectsMore = false;
      if (open.type === 'paragraph') updateExpectation(i);
      i++;
      continue;
    }

    // A caption line right before a table is not carried on by a finished paragraph above it.
    if (paragraphOpen() && lastRunEnds() && captionBeforeTable(lines, i)) {
      close();
      open = singleRun(l, gap, 'body');
      expectsMore = true;
      i++;
      continue;
    }

    if (paragraphOpen()) {
      open!.runs.push(runOf(l, gap > 0));
      updateExpectation(i);
      i++;
      continue;
    }

    const after = blanksAfter(i);
    const sentences = l.text.match(SENTENCE_END)?.length ?? 0;
    // In PDF text an indented next line starts a new text frame, which sets this line apart too.
    const isolated = gap >= 1 && (after >= 1 || (wrap !== null && lines[i + 1]!.indented));
    const captionLike =
      l.terminal &&
      sentences === 1 &&
      isolated &&
      drafts.length + (open ? 1 : 0) > 0 &&
      (wrap !== null ? l.chars <= CAPTION_MAX_CHARS : l.chars <= LOOSE_CAPTION_MAX_CHARS && Math.max(gap, after) >= 2);
    if (captionLike) {
      figure(l.no, l.start, l.end, l.text, false);
      i++;
      continue;
    }

    close();
    const nextLine = lines[i + after + 1];
    const beforeTable = nextLine?.kind === 'tab-row' || nextLine?.kind === 'cell-line';
    // A title stands apart: a blank line, or the title block, follows it.
    const setApart = after >= 1 || (nextLine !== undefined && isTitleBlockLine(nextLine.text));
    if (drafts.length === 0 && !l.terminal && l.chars <= TABLE_CAPTION_MAX_CHARS && setApart && !beforeTable) {
      open = {
        type: 'heading',
        role: 'body',
        markerKind: 'title',
        marker: null,
        skip: 0,
        runs: [runOf(l, false)],
        awaitingTitle: false,
        level: levelFor('title'),
        runIn: false,
      };
      i++;
      continue;
    }
    const role = isByline(rest) ? 'byline' : 'body';
    open = {
      type: 'paragraph',
      role,
      markerKind: null,
      marker: null,
      skip: 0,
      runs: [runOf(l, gap > 0)],
      awaitingTitle: false,
      level: 0,
      runIn: false,
    };
    updateExpectation(i);
    i++;
  }
  close();

  return { layout: { ...layout, lines: lines.length }, nodes: assignAnchors(drafts) };
}

/** Does this line carry on the heading above it (a wrapped title, or an annex's title line)? */
function continuesHeading(open: Builder, l: SourceLine, gap: number): boolean {
  if (open.awaitingTitle) return !l.terminal && l.chars <= HEADING_MAX_CHARS;
  const last = open.runs.at(-1)!;
  return gap === 0 && open.runs.length < 3 && !endsTerminal(last.text) && l.chars <= 20 && !hasPunctuation(l.text);
}

function startMarked(
  l: SourceLine,
  marker: Marker,
  levelFor: (k: MarkerKind) => number,
  innermost: MarkerKind | null,
  fullWidth: boolean,
): Builder {
  const { rest } = leadingErrata(l.text);
  const skip = l.text.length - rest.length;
  const run: Run = { line: l.no, start: l.start, end: l.end, text: l.text, afterBreak: false };
  const wholeLine =
    marker.kind === 'annex' || marker.kind === 'label' || marker.kind === 'bracket' || marker.kind === 'chapter';
  // In hard-wrapped text a full-width numbered line runs on: it starts an item, not a heading.
  const short = readsAsHeading(rest) && !startsWrappedItem(rest, fullWidth);
  if (wholeLine || short) {
    const annex = marker.kind === 'annex';
    return {
      type: 'heading',
      role: 'body',
      markerKind: marker.kind,
      marker: annex ? rest : marker.text || null,
      skip: annex ? l.text.length : skip + marker.text.length,
      runs: [run],
      awaitingTitle: annex,
      level: levelFor(marker.kind),
      runIn: false,
    };
  }
  // A long numbered entry is a list item; it does not open an outline level, but a sibling
  // heading of the same numbering style above it makes it a heading run into its paragraph.
  return {
    type: 'paragraph',
    role: 'item',
    markerKind: marker.kind,
    marker: marker.text,
    skip: skip + marker.text.length,
    runs: [run],
    awaitingTitle: false,
    level: 0,
    runIn: innermost === marker.kind,
  };
}

/** Builds inline content from runs, rejoining hard wraps and flagging text repeated at a page break. */
function inlinesOf(b: Builder): Inline[] {
  const out: Inline[] = [];
  let joined = '';
  b.runs.forEach((run, index) => {
    const prefix = index === 0 ? run.text.slice(0, b.skip) : '';
    let text = index === 0 ? run.text.slice(b.skip) : run.text;
    if (index === 0) out.push(...leadingErrata(prefix).errata);
    if (index > 0) {
      const seam = joinWrapped(joined, text);
      if (seam.length > joined.trimEnd().length + text.trimStart().length) pushText(out, ' ');
      text = text.trimStart();
      if (run.afterBreak) {
        const repeated = repeatedAtBreak(joined, text);
        if (repeated) {
          out.push({ kind: 'erratum', erratum: 'repeated-at-break', raw: repeated, display: 'flag' });
          text = text.slice(repeated.length);
        }
      }
    }
    for (const inline of scanInlines(text)) {
      if (inline.kind === 'text') pushText(out, inline.text);
      else out.push(inline);
    }
    joined = joinWrapped(joined, index === 0 ? run.text.slice(b.skip) : run.text);
  });
  return out;
}

/** The first characters after a page break when they repeat the last ones before it (`先,`). */
function repeatedAtBreak(before: string, after: string): string | null {
  const tail = before.trimEnd();
  for (let k = 4; k >= 2; k--) {
    const head = after.slice(0, k);
    if (head.length === k && !/\s/u.test(head) && /\p{Script=Han}/u.test(head) && tail.endsWith(head)) return head;
  }
  return null;
}

function finishBuilder(b: Builder, levelFor: (k: MarkerKind) => number): DraftNode[] {
  const spans = b.runs.map((r) => [r.line, r.start, r.end] as Span);
  const inlines = inlinesOf(b);
  if (b.type === 'heading') {
    return [
      {
        type: 'heading',
        spans,
        notes: [],
        level: b.level,
        markerKind: b.markerKind!,
        marker: b.marker,
        inlines,
        text: cleanText(inlines),
      },
    ];
  }
  if (b.runIn) {
    const split = splitRunIn(b, inlines, spans, levelFor);
    if (split) return split;
  }
  return [
    {
      type: 'paragraph',
      spans,
      notes: [],
      role: b.role,
      marker: b.marker,
      markerKind: b.markerKind,
      inlines,
      text: cleanText(inlines),
    },
  ];
}

/**
 * Splits `（三）标题。正文…` into a heading and its paragraph when the first sentence is title-like.
 * The title must lie on the item's first line; the body may run on over wrapped lines, so the
 * same item hard-wrapped or not splits the same way.
 */
function splitRunIn(
  b: Builder,
  inlines: Inline[],
  spans: Span[],
  levelFor: (k: MarkerKind) => number,
): DraftNode[] | null {
  const first = inlines[0];
  if (first?.kind !== 'text' || (b.runs.length === 1 && inlines.length !== 1)) return null;
  const end = first.text.indexOf('。');
  const firstLine = b.runs[0]!.text.slice(b.skip);
  if (end < 0 || end + 1 > HEADING_MAX_CHARS || hasPunctuation(first.text.slice(0, end))) return null;
  if (!firstLine.startsWith(first.text.slice(0, end + 1))) return null;
  const title = first.text.slice(0, end + 1);
  const rest = first.text.slice(end + 1);
  if (rest.trim() === '' && inlines.length === 1) return null;
  const [line, start, stop] = spans[0]!;
  const cut = start + b.skip + title.length;
  const onFirstLine = firstLine.slice(title.length);
  const bodyStart = cut + (onFirstLine.length - onFirstLine.trimStart().length);
  const bodySpans: Span[] = [...(onFirstLine.trim() ? [[line, bodyStart, stop] as Span] : []), ...spans.slice(1)];
  const note: NodeNote = { erratum: 'run-in-heading', params: {} };
  const headingInlines: Inline[] = [{ kind: 'text', text: title }];
  const lead: Inline[] = rest.trim() ? [{ kind: 'text', text: rest.trimStart() }] : [];
  const bodyInlines: Inline[] = [...lead, ...inlines.slice(1)];
  const last = bodyInlines.at(-1);
  if (last?.kind === 'text') bodyInlines[bodyInlines.length - 1] = { kind: 'text', text: last.text.trimEnd() };
  return [
    {
      type: 'heading',
      spans: [[line, start, cut]],
      notes: [note],
      level: levelFor(b.markerKind!),
      markerKind: b.markerKind!,
      marker: b.marker,
      inlines: headingInlines,
      text: cleanText(headingInlines),
    },
    {
      type: 'paragraph',
      spans: bodySpans,
      notes: [],
      role: 'body',
      marker: null,
      markerKind: null,
      inlines: bodyInlines,
      text: cleanText(bodyInlines),
    },
  ];
}
