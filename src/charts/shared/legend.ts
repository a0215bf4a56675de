import type { Label } from './labels.ts';
import type { Mark } from './marks.ts';
import { textWidth, wrapText } from './text-metrics.ts';

export interface LegendItem {
  label: Label;
  /** Class of the swatch (`f-a`, `f-lv3`, `s-a f-paper`…). */
  swatch: string;
  /** Highlight key shared with the series' marks. */
  key?: string;
  shape?: 'square' | 'ring' | 'diamond' | 'dash';
}

const SWATCH = 11;
const GAP = 16;

function swatch(item: LegendItem, x: number, y: number): Mark {
  const c = `legend-swatch ${item.swatch}`;
  switch (item.shape ?? 'square') {
    case 'ring':
      return { kind: 'circle', cx: x + SWATCH / 2, cy: y, r: SWATCH / 2 - 1, cls: c };
    case 'diamond': {
      const h = SWATCH / 2;
      return { kind: 'path', d: `M${x + h} ${y - h}l${h} ${h}l${-h} ${h}l${-h} ${-h}z`, cls: c };
    }
    case 'dash':
      return { kind: 'line', x1: x, y1: y, x2: x + SWATCH, y2: y, cls: c };
    default:
      return { kind: 'rect', x, y: y - SWATCH / 2, width: SWATCH, height: SWATCH, cls: c };
  }
}

/** A legend laid out in rows that wrap within `width`, starting at (x, y). Returns its marks and height. */
export function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
  fontSize = 12,
): { marks: Mark[]; height: number } {
  const rowHeight = fontSize + 8;
  const marks: Mark[] = [];
  let cx = x;
  let cy = y + rowHeight / 2;
  const lineHeight = fontSize + 3;
  for (const item of items) {
    // A label longer than the row wraps onto lines of its own, so no legend line is cut off.
    const lines = wrapText(item.label.text, width - SWATCH - 5, fontSize);
    const w = SWATCH + 5 + Math.max(...lines.map((l) => textWidth(l, fontSize)));
    const extra = (lines.length - 1) * lineHeight;
    if (cx > x && (cx + w > x + width || lines.length > 1)) {
      cx = x;
      cy += rowHeight;
    }
    const label: Mark = {
      kind: 'text',
      x: cx + SWATCH + 5,
      y: cy,
      text: lines.length > 1 ? lines : item.label.text,
      lineHeight,
      cls: 't-mid legend-label',
      ...(item.label.lang ? { lang: item.label.lang } : {}),
    };
    const key = item.key ? { key: item.key } : {};
    marks.push({ kind: 'group', cls: 'legend-item', children: [swatch(item, cx, cy), label], ...key });
    cx += w + GAP;
    if (extra > 0) {
      // The next item starts on a new row below the wrapped lines.
      cy += extra;
      cx = x + width;
    }
  }
  return { marks, height: cy + rowHeight / 2 - y };
}
