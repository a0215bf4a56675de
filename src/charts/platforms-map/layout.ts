import type { Label } from '../shared/labels.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { textWidth } from '../shared/text-metrics.ts';
import type { ProjectedMap } from './geo.ts';
import { bucketOf, type CountBucket, type MapState } from './state.ts';
import type { Country } from '../../schemas/records.ts';

export interface MapText {
  /** A country's name in the page's language. */
  name: (code: Country) => Label;
  /** The accessible name and tooltip of a country's link: its name and count. */
  describe: (code: Country, count: number) => string;
  /** Where a country's link goes. */
  href: (code: Country) => string;
  /** Legend entries: a range of counts, zero, the host country. */
  range: (b: CountBucket) => string;
  zero: string;
  host: string;
}

/** Fills from light to dark for the buckets, lowest first (up to three). */
const RAMP = ['f-lv3', 'f-lv2', 'f-lv1'] as const;
/** Countries with no platform: a neutral fill with a strong outline, unlike the context's outline only. */
const ZERO = 'f-band s-muted';
/** The fill of bucket `i` of `n`: fewer buckets take the darker end of the ramp. */
const rampClass = (i: number, n: number) => RAMP[Math.min(RAMP.length - 1, i + Math.max(0, RAMP.length - n))]!;

/** A label's box: centred on (x, y). */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Moves label boxes apart: each box that overlaps one placed before it (top to bottom) moves
 * down below it, so no two labels cover each other; boxes stay inside [0, height].
 */
export function separateLabels(boxes: readonly Box[], height: number, gap = 2): Box[] {
  const order = boxes.map((b, i) => ({ ...b, i })).sort((a, b) => a.y - b.y || a.x - b.x);
  const placed: (Box & { i: number })[] = [];
  for (const box of order) {
    let moved = true;
    while (moved) {
      moved = false;
      for (const p of placed) {
        // A small tolerance: a box set exactly below another must not count as overlapping it.
        const overlapX = Math.abs(p.x - box.x) < (p.w + box.w) / 2 + gap - 1e-6;
        const overlapY = Math.abs(p.y - box.y) < (p.h + box.h) / 2 + gap - 1e-6;
        if (overlapX && overlapY) {
          box.y = p.y + (p.h + box.h) / 2 + gap;
          moved = true;
        }
      }
    }
    box.y = Math.min(Math.max(box.y, box.h / 2), height - box.h / 2);
    placed.push(box);
  }
  return placed.sort((a, b) => a.i - b.i).map(({ i: _i, ...b }) => b);
}

/**
 * The map: every country of the state shaded by its count and linked to its page, its name and
 * count written on it (moved apart where small countries crowd), the host country in a neutral
 * fill, other countries as context; a legend below.
 */
export function mapLayout(
  state: MapState,
  geo: ProjectedMap,
  buckets: readonly CountBucket[],
  host: Country,
  text: MapText,
  narrow: boolean,
): ChartLayout {
  // Label sizes match the classes they are drawn with (.chart-svg 13px, .t-small 11px).
  const size = narrow ? 11 : 13;
  const sizeCls = narrow ? ' t-small' : '';
  const line = size + 2;
  const counted = new Map(state.countries.map((c) => [c.code, c.ids.length]));
  const marks: Mark[] = [{ kind: 'path', d: geo.context, cls: 'map-context f-paper s-rule' }];
  const hostShape = geo.countries.find((c) => c.code === host);
  if (hostShape) marks.push({ kind: 'path', d: hostShape.d, cls: 'map-host f-band s-rule' });

  const shapes = geo.countries.filter((c) => counted.has(c.code));
  const labels = shapes.map((c) => {
    const name = text.name(c.code);
    const w = Math.max(textWidth(name.text, size), textWidth(String(counted.get(c.code)), size)) + 4;
    return { name, box: { x: c.anchor[0], y: c.anchor[1], w, h: 2 * line } };
  });
  const hostName = text.name(host);
  const hostLabel = hostShape
    ? {
        name: hostName,
        box: { x: hostShape.anchor[0], y: hostShape.anchor[1], w: textWidth(hostName.text, size) + 4, h: line },
      }
    : null;
  const boxes = separateLabels([...labels.map((l) => l.box), ...(hostLabel ? [hostLabel.box] : [])], geo.height);
  // Shapes first, every label after them, so no country covers a neighbour's label. Labels
  // let clicks through to the link underneath (pointer-events in charts.css).
  const texts: Mark[] = [];
  shapes.forEach((c, i) => {
    const count = counted.get(c.code)!;
    const b = bucketOf(buckets, count);
    const fill = b < 0 ? ZERO : `${rampClass(b, buckets.length)} seg`;
    const box = boxes[i]!;
    const { name } = labels[i]!;
    const x = Math.min(Math.max(box.x, box.w / 2), geo.width - box.w / 2);
    const lang = name.lang ? { lang: name.lang } : {};
    marks.push({
      kind: 'group',
      cls: 'map-link',
      href: text.href(c.code),
      label: text.describe(c.code, count),
      tip: text.describe(c.code, count),
      key: c.code,
      data: { country: c.code, count },
      children: [{ kind: 'path', d: c.d, cls: `map-country ${fill}` }],
    });
    texts.push({
      kind: 'group',
      cls: 'map-label',
      key: c.code,
      children: [
        {
          kind: 'text',
          x,
          y: box.y - line / 2 + size / 2 - 1,
          text: name.text,
          anchor: 'middle',
          ...lang,
          cls: `halo map-name${sizeCls}`,
        },
        {
          kind: 'text',
          x,
          y: box.y + line / 2 + size / 2 - 1,
          text: String(count),
          anchor: 'middle',
          cls: `halo t-strong map-count${sizeCls}`,
        },
      ],
    });
  });
  marks.push(...texts);
  if (hostLabel) {
    const box = boxes[boxes.length - 1]!;
    const lang = hostLabel.name.lang ? { lang: hostLabel.name.lang } : {};
    const cls = `halo t-muted map-name${sizeCls}`;
    marks.push({
      kind: 'text',
      x: box.x,
      y: box.y + size / 2 - 1,
      text: hostLabel.name.text,
      anchor: 'middle',
      cls,
      ...lang,
    });
  }
  marks.push({ kind: 'rect', x: 0, y: 0, width: geo.width, height: geo.height, cls: 'map-frame grid' });

  // Legend: one swatch per class, in a row that wraps.
  const entries = [
    { cls: ZERO, text: text.zero },
    ...buckets.map((b, i) => ({ cls: rampClass(i, buckets.length), text: text.range(b) })),
    { cls: 'f-band s-rule', text: text.host },
  ];
  let lx = 0;
  let ly = geo.height + 12;
  for (const e of entries) {
    const w = 16 + textWidth(e.text, 11) + 14;
    if (lx > 0 && lx + w > geo.width) {
      lx = 0;
      ly += 18;
    }
    marks.push({ kind: 'rect', x: lx, y: ly, width: 12, height: 12, cls: `legend-swatch ${e.cls}` });
    marks.push({ kind: 'text', x: lx + 16, y: ly + 10, text: e.text, cls: 't-small legend-label' });
    lx += w;
  }
  return { width: geo.width, height: ly + 16, marks };
}
