import type { ChartLayout, Mark } from './marks.ts';

/** Escapes text and attribute values for XML. */
export const escapeXml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

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

function renderMark(m: Mark): string {
  switch (m.kind) {
    case 'rect':
      return `<rect${attrs({ x: m.x, y: m.y, width: Math.max(0, m.width), height: Math.max(0, m.height), ...common(m) })}/>`;
    case 'line':
      return `<line${attrs({ x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2, ...common(m) })}/>`;
    case 'circle':
      return `<circle${attrs({ cx: m.cx, cy: m.cy, r: m.r, ...common(m) })}/>`;
    case 'path':
      return `<path${attrs({ d: m.d, ...common(m) })}/>`;
    case 'group':
      return `<g${attrs(common(m))}>${m.children.map(renderMark).join('')}</g>`;
    case 'text': {
      const anchor = m.anchor && m.anchor !== 'start' ? m.anchor : undefined;
      const transform = m.rotate ? `rotate(${n(m.rotate)} ${n(m.x)} ${n(m.y)})` : undefined;
      const lines = typeof m.text === 'string' ? [m.text] : m.text;
      const body =
        lines.length === 1
          ? escapeXml(lines[0]!)
          : lines.map((line, i) => `<tspan${attrs({ x: m.x, dy: i === 0 ? undefined : (m.lineHeight ?? 15) })}>${escapeXml(line)}</tspan>`).join('');
      return `<text${attrs({ x: m.x, y: m.y, 'text-anchor': anchor, transform, ...common(m) })}>${body}</text>`;
    }
  }
}

export interface SvgFrame {
  /** Unique id prefix for title and desc (`trade-2013-wide`). */
  id: string;
  title: string;
  desc: string;
  /** Classes on the <svg> element. */
  cls: string;
  /** A file of its own: xmlns, fixed size, an embedded stylesheet and a background. */
  standalone?: { style: string; lang: string };
  /** A picture of a chart whose content is given elsewhere (gallery thumbnails). */
  decorative?: boolean;
}

/** Draws a laid-out chart as SVG markup: role="img" with a title and a description. */
export function renderSvg(layout: ChartLayout, frame: SvgFrame): string {
  const { width, height } = layout;
  const labelled = !frame.decorative;
  const head = labelled ? `<title id="${frame.id}-title">${escapeXml(frame.title)}</title><desc id="${frame.id}-desc">${escapeXml(frame.desc)}</desc>` : '';
  const svgAttrs = attrs({
    xmlns: frame.standalone ? 'http://www.w3.org/2000/svg' : undefined,
    lang: frame.standalone?.lang,
    viewBox: `0 0 ${n(width)} ${n(height)}`,
    width: frame.standalone ? width : undefined,
    height: frame.standalone ? height : undefined,
    class: frame.cls,
    role: labelled ? 'img' : undefined,
    'aria-labelledby': labelled ? `${frame.id}-title` : undefined,
    'aria-describedby': labelled ? `${frame.id}-desc` : undefined,
    'aria-hidden': labelled ? undefined : 'true',
    focusable: 'false',
  });
  const style = frame.standalone ? `<style>${frame.standalone.style}</style><rect class="chart-bg" width="100%" height="100%"/>` : '';
  return `<svg${svgAttrs}>${head}${style}${layout.marks.map(renderMark).join('')}</svg>`;
}
