import { scaleLinear } from 'd3-scale';
import type { Country } from '../../schemas/records.ts';
import type { Label } from '../shared/labels.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { textWidth } from '../shared/text-metrics.ts';
import type { TradeRow, TradeState } from './state.ts';

/** The words a trade layout needs, already in the page's language. */
export interface TradeText {
  country: (c: Country) => Label;
  imports: string;
  exports: string;
  total: string;
  /** The printed total differs: `≠ imports + exports 50.62`. */
  mismatch: (row: TradeRow) => string;
  /** Legend of the warning marker. */
  mismatchKey: string;
  unit: string;
  tip: (row: TradeRow, side: 'imports' | 'exports' | 'total') => string;
}

export const WIDE = 640;
export const NARROW = 360;

const langOf = (l: Label) => (l.lang ? { lang: l.lang } : {});

/** Diverging bars: China's imports to the left of the centre line, exports to the right. */
export function tradeLayout(state: TradeState, text: TradeText, narrow: boolean): ChartLayout {
  const width = narrow ? NARROW : WIDE;
  const labelCol = narrow ? 0 : 112;
  const totalCol = narrow ? 0 : 128;
  const cx = narrow ? width / 2 : labelCol + (width - labelCol - totalCol) / 2;
  const half = narrow ? width / 2 : cx - labelCol;
  // Room for the value labels at the bar ends.
  const x = scaleLinear()
    .domain([0, state.maxFlow])
    .range([0, half - 44])
    .nice();
  const marks: Mark[] = [];
  const grid: Mark[] = [];

  // Header: which side is which, and the printed total's column.
  const headY = 14;
  marks.push(
    { kind: 'rect', x: cx - 8 - 11, y: headY - 6, width: 11, height: 11, cls: 'f-a', key: 'imports' },
    {
      kind: 'text',
      x: cx - 8 - 16,
      y: headY,
      text: `← ${text.imports}`,
      anchor: 'end',
      cls: 't-mid t-strong',
      key: 'imports',
    },
    { kind: 'rect', x: cx + 8, y: headY - 6, width: 11, height: 11, cls: 'f-b', key: 'exports' },
    { kind: 'text', x: cx + 8 + 16, y: headY, text: `${text.exports} →`, cls: 't-mid t-strong', key: 'exports' },
  );
  if (!narrow) marks.push({ kind: 'text', x: width, y: headY, text: text.total, anchor: 'end', cls: 't-mid t-strong' });

  let y = narrow ? 36 : 34;
  const top = y;
  for (const r of state.rows) {
    const name = text.country(r.country);
    const pitch = narrow ? (r.mismatch ? 66 : 52) : 38;
    const barY = narrow ? y + 22 : y + 10;
    const barH = 18;
    const mid = barY + barH / 2;
    if (narrow) {
      marks.push({
        kind: 'text',
        x: 0,
        y: y + 8,
        text: name.text,
        cls: 't-mid t-strong country-label',
        ...langOf(name),
      });
      marks.push({
        kind: 'text',
        x: width,
        y: y + 8,
        text: `${text.total} ${r.total.printed}`,
        anchor: 'end',
        cls: 't-mid total-label',
        tip: text.tip(r, 'total'),
      });
      if (r.mismatch) {
        const w = textWidth(text.mismatch(r), 11) + 8;
        marks.push({
          kind: 'rect',
          x: width - w,
          y: barY + barH + 6,
          width: w,
          height: 16,
          cls: 'f-warn-bg mismatch-flag',
        });
        marks.push({
          kind: 'text',
          x: width - 4,
          y: barY + barH + 14,
          text: text.mismatch(r),
          anchor: 'end',
          cls: 't-mid t-small t-warn',
        });
      }
    } else {
      marks.push({ kind: 'text', x: 0, y: mid, text: name.text, cls: 't-mid t-strong country-label', ...langOf(name) });
      if (r.mismatch)
        marks.push({
          kind: 'rect',
          x: width - totalCol + 8,
          y: y + 2,
          width: totalCol - 8,
          height: pitch - 4,
          cls: 'f-warn-bg mismatch-flag',
        });
      marks.push({
        kind: 'text',
        x: width - 6,
        y: r.mismatch ? mid - 7 : mid,
        text: r.total.printed,
        anchor: 'end',
        cls: 't-mid t-strong total-label',
        tip: text.tip(r, 'total'),
      });
      if (r.mismatch)
        marks.push({
          kind: 'text',
          x: width - 6,
          y: mid + 9,
          text: text.mismatch(r),
          anchor: 'end',
          cls: 't-mid t-small t-warn',
        });
    }
    const wi = x(r.imports.value);
    const we = x(r.exports.value);
    marks.push(
      {
        kind: 'rect',
        x: cx - wi,
        y: barY,
        width: wi,
        height: barH,
        cls: 'bar f-a',
        key: 'imports',
        tip: text.tip(r, 'imports'),
        data: { country: r.country, side: 'imports', value: r.imports.value },
      },
      {
        kind: 'text',
        x: cx - wi - 4,
        y: mid,
        text: r.imports.printed,
        anchor: 'end',
        cls: 't-mid value-label',
        key: 'imports',
      },
      {
        kind: 'rect',
        x: cx,
        y: barY,
        width: we,
        height: barH,
        cls: 'bar f-b',
        key: 'exports',
        tip: text.tip(r, 'exports'),
        data: { country: r.country, side: 'exports', value: r.exports.value },
      },
      { kind: 'text', x: cx + we + 4, y: mid, text: r.exports.printed, cls: 't-mid value-label', key: 'exports' },
    );
    y += pitch;
  }
  const bottom = y;

  // Grid and axis: the same ticks on both sides, labelled with their absolute value.
  for (const v of x.ticks(narrow ? 3 : 4)) {
    for (const side of v === 0 ? [1] : [-1, 1]) {
      grid.push({
        kind: 'line',
        x1: cx + side * x(v),
        x2: cx + side * x(v),
        y1: top,
        y2: bottom,
        cls: v === 0 ? 'axis' : 'grid',
      });
      grid.push({
        kind: 'text',
        x: cx + side * x(v),
        y: bottom + 12,
        text: String(v),
        anchor: 'middle',
        cls: 't-small t-muted tick-label',
      });
    }
  }
  const footY = bottom + 30;
  marks.push({ kind: 'text', x: cx, y: footY, text: text.unit, anchor: 'middle', cls: 't-small t-muted unit-label' });
  const keyY = footY + 20;
  const keyX = narrow ? 0 : labelCol;
  marks.push(
    { kind: 'rect', x: keyX, y: keyY - 7, width: 12, height: 12, cls: 'f-warn-bg' },
    { kind: 'text', x: keyX + 17, y: keyY, text: text.mismatchKey, cls: 't-mid t-small t-warn' },
  );
  return { width, height: keyY + 10, marks: [...grid, ...marks] };
}
