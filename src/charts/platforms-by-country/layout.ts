import { scaleLinear } from 'd3-scale';
import type { PlatformKind } from '../../schemas/records.ts';
import type { Label } from '../shared/labels.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { textWidth, wrapText } from '../shared/text-metrics.ts';
import type { PlatformColumn, PlatformState } from './state.ts';

export interface PlatformText {
  column: (c: PlatformColumn) => Label;
  kind: (k: PlatformKind, count: number) => string;
  platform: (id: string) => string;
  total: string;
  /** The label over a column: top-level platforms, and the count with sub-units when it differs. */
  count: (topLevel: number, withSubUnits: number) => string;
}

/**
 * A schematic grid, not a map: columns are countries, rows are kinds of platform, and each
 * platform is one square in every country it names (outlined when it is a sub-unit of a platform
 * in the same country). Totals per country are bars on top, both counts shown.
 */
export function platformLayout(state: PlatformState, text: PlatformText, narrow: boolean): ChartLayout {
  const width = narrow ? 360 : 640;
  const labelCol = narrow ? 104 : 150;
  const heads = state.columns.map((c) => text.column(c));
  const colW = (width - labelCol) / state.columns.length;
  const unit = narrow ? 6 : 9;
  const step = unit + 2;
  const perLine = Math.max(1, Math.floor((colW - 6) / step));
  const marks: Mark[] = [];
  const back: Mark[] = [];
  const colX = (i: number) => labelCol + i * colW;

  // Column heads: names (rotated on a phone), then totals as bars.
  // Column heads: centred above the column; on a phone set vertically, reading upwards.
  let y: number;
  if (narrow) {
    const headH = Math.max(...heads.map((h) => textWidth(h.text, 11))) + 6;
    heads.forEach((h, i) => {
      marks.push({
        kind: 'text',
        x: colX(i) + colW / 2 + 4,
        y: headH,
        text: h.text,
        rotate: -90,
        cls: 't-small t-strong column-label',
        ...(h.lang ? { lang: h.lang } : {}),
      });
    });
    y = headH + 8;
  } else {
    const lines = heads.map((h) => wrapText(h.text, colW - 4, 11));
    const n = Math.max(...lines.map((l) => l.length));
    heads.forEach((h, i) =>
      marks.push({
        kind: 'text',
        x: colX(i) + colW / 2,
        y: 12 + (n - lines[i]!.length) * 13,
        text: lines[i]!,
        lineHeight: 13,
        anchor: 'middle',
        cls: 't-small t-strong column-label',
        ...(h.lang ? { lang: h.lang } : {}),
      }),
    );
    y = 12 + n * 13;
  }
  const barMax = narrow ? 30 : 44;
  const h = scaleLinear()
    .domain([0, Math.max(...state.columnTotals)])
    .range([0, barMax]);
  marks.push({
    kind: 'text',
    x: labelCol - 8,
    y: y + barMax / 2 + 4,
    text: text.total,
    anchor: 'end',
    cls: 't-small t-muted',
  });
  // Filled: platforms counted on their own; outlined on top: sub-units of a platform in the same column.
  state.columnTotals.forEach((total, i) => {
    const own = state.columnTopLevel[i]!;
    const bw = Math.min(colW - 12, 28);
    const bx = colX(i) + (colW - bw) / 2;
    const base = y + 16 + barMax;
    const fill = state.columns[i] === null ? 'f-muted' : 'f-a';
    const data = { total: own, withSubUnits: total };
    marks.push({ kind: 'rect', x: bx, y: base - h(own), width: bw, height: h(own), cls: `total-bar ${fill}`, data });
    if (total > own) {
      const height = Math.max(0, h(total) - h(own) - 1);
      const top = base - h(total) + 0.5;
      marks.push({ kind: 'rect', x: bx + 0.5, y: top, width: bw - 1, height, cls: 'sub-bar f-paper s-a' });
    }
    const label = text.count(own, total);
    const ly = y + 12 + barMax - h(total);
    const cls = 't-small t-strong total-label';
    marks.push({ kind: 'text', x: colX(i) + colW / 2, y: ly, text: label, anchor: 'middle', cls });
  });
  y += barMax + 24;

  // One row per kind; squares wrap inside their cell.
  for (const { kind, count } of state.kinds) {
    const cells = state.cells.filter((c) => c.kind === kind);
    const lines = Math.max(1, ...cells.map((c) => Math.ceil(c.ids.length / perLine)));
    const label = wrapText(text.kind(kind, count), labelCol - 10, narrow ? 11 : 13);
    const rowH = Math.max(lines * step + 8, label.length * (narrow ? 13 : 15) + 6);
    back.push({ kind: 'line', x1: 0, x2: width, y1: y, y2: y, cls: 'grid' });
    marks.push({
      kind: 'text',
      x: 0,
      y: y + rowH / 2 - ((label.length - 1) * (narrow ? 13 : 15)) / 2,
      text: label,
      lineHeight: narrow ? 13 : 15,
      cls: `t-mid kind-label${narrow ? ' t-small' : ''}`,
    });
    cells.forEach((cell, i) => {
      cell.ids.forEach((id, j) => {
        const ux = colX(i) + 4 + (j % perLine) * step;
        const uy = y + 4 + Math.floor(j / perLine) * step + (rowH - 8 - lines * step) / 2;
        const fill = cell.subUnits.includes(id) ? 'unit--sub f-paper s-a' : cell.column === null ? 'f-muted' : 'f-a';
        const data = { kind, country: cell.column ?? 'none', id };
        const tip = text.platform(id);
        const size = { width: unit, height: unit };
        marks.push({ kind: 'rect', x: ux, y: uy, ...size, cls: `unit ${fill}`, key: `p-${id}`, tip, data });
      });
    });
    y += rowH;
  }
  back.push({ kind: 'line', x1: 0, x2: width, y1: y, y2: y, cls: 'grid' });
  state.columns.forEach((_, i) => {
    if (i % 2 === 0)
      back.unshift({ kind: 'rect', x: colX(i), y: 0, width: colW, height: y, cls: 'f-band column-band' });
  });
  return { width, height: y + 4, marks: [...back, ...marks] };
}
