import { escapeXml } from '../../lib/escape-xml.ts';
import type { ChartLayout, Mark, TextMark } from './marks.ts';
import { flatten } from './marks.ts';
import { textWidth, wrapText } from './text-metrics.ts';

/** Coordinates with at most one decimal, so the markup is small and byte-stable. */
const n = (v: number): string => String(Math.round(v * 10) / 10);

function attrs(list: Record<string, string | number | undefined>): string {
  return Object.entries(list)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v!)}"`)
    .join('');
}

function common(m: Mark): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { class: m.cls, 'data-tip': m.tip, 'data-key': m.key, lang: m.lang };
  for (const [k, v] of Object.entries(m.data ?? {})) out[`data-${k}`] = String(v);
  return out;
}

/** The offset of a text mark's line after the first (none for the first). */
const lineDy = (m: { lineHeight?: number }, i: number) => (i === 0 ? undefined : (m.lineHeight ?? 15));

/** One mark as SVG; groups with an href become links only when `links` (never in files or thumbnails). */
function renderMark(m: Mark, links = false): string {
  switch (m.kind) {
    case 'rect': {
      const size = { width: Math.max(0, m.width), height: Math.max(0, m.height) };
      return `<rect${attrs({ x: m.x, y: m.y, ...size, ...common(m) })}/>`;
    }
    case 'line':
      return `<line${attrs({ x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2, ...common(m) })}/>`;
    case 'circle':
      return `<circle${attrs({ cx: m.cx, cy: m.cy, r: m.r, ...common(m) })}/>`;
    case 'path':
      return `<path${attrs({ d: m.d, ...common(m) })}/>`;
    case 'group': {
      const body = m.children.map((c) => renderMark(c, links)).join('');
      if (m.href && links) return `<a${attrs({ href: m.href, 'aria-label': m.label, ...common(m) })}>${body}</a>`;
      return `<g${attrs(common(m))}>${body}</g>`;
    }
    case 'text': {
      const anchor = m.anchor && m.anchor !== 'start' ? m.anchor : undefined;
      const transform = m.rotate ? `rotate(${n(m.rotate)} ${n(m.x)} ${n(m.y)})` : undefined;
      const lines = typeof m.text === 'string' ? [m.text] : m.text;
      const body =
        lines.length === 1
          ? escapeXml(lines[0]!)
          : lines.map((line, i) => `<tspan${attrs({ x: m.x, dy: lineDy(m, i) })}>${escapeXml(line)}</tspan>`).join('');
      return `<text${attrs({ x: m.x, y: m.y, 'text-anchor': anchor, transform, ...common(m) })}>${body}</text>`;
    }
  }
}

/** The font size a text mark is drawn at, from its classes (as in palette.ts SHAPE_RULES). */
const fontSize = (m: TextMark): number =>
  /\bt-small\b/u.test(m.cls ?? '') ? 11 : /\bfile-title\b/u.test(m.cls ?? '') ? 16 : 13;

/** Estimated box of a text mark: [left, top, right, bottom]; null for turned text other than upright or -90°. */
function textBox(m: TextMark): [number, number, number, number] | null {
  const size = fontSize(m);
  const lines = typeof m.text === 'string' ? [m.text] : m.text;
  // Bold text runs about a fifth wider than the estimate for regular weight.
  const bold = /\bt-strong\b/u.test(m.cls ?? '') ? 1.2 : 1;
  const w = Math.max(0, ...lines.map((l) => textWidth(l, size) * bold));
  const central = /\bt-mid\b/u.test(m.cls ?? '');
  // The font's whole ascent and descent (CJK fonts reach about 1.1 em above the baseline).
  const up = central ? size * 0.65 : size * 1.1;
  const down = (central ? size * 0.65 : size * 0.35) + (lines.length - 1) * (m.lineHeight ?? 15);
  const start = m.anchor === 'middle' ? -w / 2 : m.anchor === 'end' ? -w : 0;
  if (!m.rotate) return [m.x + start, m.y - up, m.x + start + w, m.y + down];
  if (m.rotate === -90) return [m.x - up, m.y - start - w, m.x + down, m.y - start];
  return null;
}

/**
 * The drawing's box: the layout's size, grown to take in every label's estimated extent, so a
 * tick label centred on the first tick or a long label at the edge is never cut off.
 */
export function drawingBox(layout: ChartLayout): { x: number; y: number; width: number; height: number } {
  let [x0, y0, x1, y1] = [0, 0, layout.width, layout.height];
  for (const m of flatten(layout.marks)) {
    const box = m.kind === 'text' ? textBox(m) : null;
    if (!box) continue;
    x0 = Math.min(x0, box[0]);
    y0 = Math.min(y0, box[1]);
    x1 = Math.max(x1, box[2]);
    y1 = Math.max(y1, box[3]);
  }
  const [left, top] = [Math.floor(x0), Math.floor(y0)];
  return { x: left, y: top, width: Math.ceil(x1) - left, height: Math.ceil(y1) - top };
}

export interface SvgFrame {
  /** Unique id prefix for title and desc (`trade-2013-wide`). */
  id: string;
  title: string;
  desc: string;
  /** Classes on the <svg> element. */
  cls: string;
  /**
   * A file of its own: xmlns, fixed size, an embedded stylesheet, a background, a margin, and
   * the title above and the source below the chart, so the picture can be used on its own.
   */
  standalone?: { style: string; lang: string; footer: string };
  /** A picture of a chart whose content is given elsewhere (gallery thumbnails). */
  decorative?: boolean;
  /**
   * The chart holds links (a map's countries): role="group" instead of "img", whose children
   * would be presentational and whose links could not be reached.
   */
  interactive?: boolean;
}

/** Draws a laid-out chart as SVG markup: role="img" with a title and a description. */
export function renderSvg(layout: ChartLayout, frame: SvgFrame): string {
  if (frame.standalone) return renderFile(layout, frame, frame.standalone);
  const box = drawingBox(layout);
  const labelled = !frame.decorative;
  const head = labelled ? titleAndDesc(frame) : '';
  const svgAttrs = attrs({
    viewBox: `${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}`,
    class: frame.cls,
    role: labelled ? (frame.interactive ? 'group' : 'img') : undefined,
    'aria-labelledby': labelled ? `${frame.id}-title` : undefined,
    'aria-describedby': labelled ? `${frame.id}-desc` : undefined,
    'aria-hidden': labelled ? undefined : 'true',
    focusable: 'false',
  });
  const links = labelled && frame.interactive === true;
  return `<svg${svgAttrs}>${head}${layout.marks.map((m) => renderMark(m, links)).join('')}</svg>`;
}

const MARGIN = 16;

/** The accessible name and description that aria-labelledby / aria-describedby point at. */
const titleAndDesc = (frame: SvgFrame) =>
  `<title id="${frame.id}-title">${escapeXml(frame.title)}</title>` +
  `<desc id="${frame.id}-desc">${escapeXml(frame.desc)}</desc>`;

/** The downloadable file: the chart with a margin, its title above and its source below. */
function renderFile(layout: ChartLayout, frame: SvgFrame, file: NonNullable<SvgFrame['standalone']>): string {
  const title = wrapText(frame.title, layout.width, 16);
  const footer = wrapText(file.footer, layout.width, 11);
  const top = MARGIN + title.length * 21 + 10;
  const width = layout.width + 2 * MARGIN;
  const height = top + layout.height + 14 + footer.length * 15 + MARGIN;
  const heading: Mark = {
    kind: 'text',
    x: MARGIN,
    y: MARGIN + 15,
    text: title,
    lineHeight: 21,
    cls: 't-strong file-title',
  };
  const source: Mark = {
    kind: 'text',
    x: MARGIN,
    y: top + layout.height + 24,
    text: footer,
    lineHeight: 15,
    cls: 't-small t-muted file-source',
  };
  const svgAttrs = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    lang: file.lang,
    viewBox: `0 0 ${n(width)} ${n(height)}`,
    width,
    height,
    class: frame.cls,
    role: 'img',
    'aria-labelledby': `${frame.id}-title`,
    'aria-describedby': `${frame.id}-desc`,
  });
  return (
    `<svg${svgAttrs}>${titleAndDesc(frame)}` +
    `<style>${file.style}.chart-svg .file-title{font-size:16px}</style>` +
    `<rect class="chart-bg" width="100%" height="100%"/>${renderMark(heading)}` +
    `<g transform="translate(${MARGIN} ${n(top)})">${layout.marks.map((m) => renderMark(m)).join('')}</g>` +
    `${renderMark(source)}</svg>`
  );
}
