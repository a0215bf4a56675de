import type { NodeNote, Span } from '../../src/schemas/document.ts';
import type { SourceLine } from './lines.ts';
import { SourceError } from './source-error.ts';
import type { RawCell } from './table-grid.ts';

export interface RawTable {
  layout: 'tabs' | 'cell-lines';
  columns: number;
  rows: RawCell[][];
  notes: NodeNote[];
  /** Index of the first line after the table. */
  next: number;
}

/** Cells of a tab-separated line with the columns each occupies. */
export function splitTabRow(line: SourceLine): RawCell[] {
  const cells: RawCell[] = [];
  let pos = 0;
  for (const part of line.raw.split('\t')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, span: text ? [line.no, pos + lead, pos + lead + text.length] : null });
    pos += part.length + 1;
  }
  return cells;
}

const nextNonBlank = (lines: readonly SourceLine[], from: number): number => {
  let k = from;
  while (k < lines.length && lines[k]!.kind === 'blank') k++;
  return k;
};

/**
 * Reads a table starting at `start`. Tab rows continue across blank lines when the next row has
 * the header's cell count (a page break inside the table); one-cell-per-line tables take each
 * blank-separated group of cell lines as a row.
 */
export function readTable(lines: readonly SourceLine[], start: number, file: string): RawTable {
  return lines[start]!.kind === 'tab-row' ? readTabTable(lines, start, file) : readCellLineTable(lines, start, file);
}

function readTabTable(lines: readonly SourceLine[], start: number, file: string): RawTable {
  const header = splitTabRow(lines[start]!);
  const columns = header.length;
  const rows: RawCell[][] = [];
  const notes: NodeNote[] = [];
  let j = start;
  while (j < lines.length) {
    const line = lines[j]!;
    if (line.kind === 'tab-row') {
      rows.push(fitRow(splitTabRow(line), columns, file, line.no, notes));
      j++;
      continue;
    }
    if (line.kind !== 'blank') break;
    const k = nextNonBlank(lines, j);
    if (lines[k]?.kind === 'tab-row' && splitTabRow(lines[k]!).length === columns) j = k;
    else break;
  }
  return { layout: 'tabs', columns, rows, notes, next: j };
}

function readCellLineTable(lines: readonly SourceLine[], start: number, file: string): RawTable {
  const groups: { cells: RawCell[]; line: number }[] = [];
  let current: RawCell[] = [];
  let firstLine = lines[start]!.no;
  let j = start;
  while (j < lines.length) {
    const line = lines[j]!;
    if (line.kind === 'cell-line') {
      if (current.length === 0) firstLine = line.no;
      const cell = splitTabRow(line)[1]!;
      current.push(cell);
      j++;
      continue;
    }
    if (line.kind !== 'blank') break;
    if (current.length) groups.push({ cells: current, line: firstLine });
    current = [];
    const k = nextNonBlank(lines, j);
    if (lines[k]?.kind === 'cell-line') j = k;
    else break;
  }
  if (current.length) groups.push({ cells: current, line: firstLine });
  const columns = groups[0]!.cells.length;
  const notes: NodeNote[] = [];
  const rows = groups.map((g) => fitRow(g.cells, columns, file, g.line, notes));
  return { layout: 'cell-lines', columns, rows, notes, next: j };
}

/** Pads a short row (noting it) and rejects a row with more filled cells than the header. */
function fitRow(cells: RawCell[], columns: number, file: string, lineNo: number, notes: NodeNote[]): RawCell[] {
  const lastFilled = cells.findLastIndex((c) => c.text !== '');
  if (lastFilled >= columns) {
    const span = cells[lastFilled]!.span as Span;
    throw new SourceError(file, span[0], `table row has ${lastFilled + 1} cells but the table's header has ${columns}`);
  }
  const fitted = cells.slice(0, columns);
  if (fitted.length < columns) {
    notes.push({ erratum: 'missing-cells', params: { line: lineNo, missing: columns - fitted.length, columns } });
    while (fitted.length < columns) fitted.push({ text: '', span: null });
  }
  return fitted;
}
