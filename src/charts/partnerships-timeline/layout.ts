import { scaleLinear } from 'd3-scale';
import type { Country } from '../../schemas/records.ts';
import type { Label } from '../shared/labels.ts';
import { legend } from '../shared/legend.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { textWidth, wrapText } from '../shared/text-metrics.ts';
import type { KeyEvent, Lane, PartnershipMark, PhaseSpan, TimelineState } from './state.ts';

export interface TimelineText {
  country: (c: Country) => Label;
  phase: (p: PhaseSpan) => string;
  /** Bracket label of a nested phase: `2017–2018: 34 events`. */
  nested: (p: PhaseSpan) => string;
  date: (m: PartnershipMark | KeyEvent) => string;
  keyLane: string;
  keyEvent: (e: KeyEvent) => string;
  tipPartnership: (lane: Lane, m: PartnershipMark) => string;
  tipOther: (id: string) => string;
  legend: { strategic: string; comprehensive: string; other: string; key: string };
}

const diamond = (x: number, y: number, r: number) => `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;

/** Phase bands across the years, a lane of numbered key events, one lane per country with its partnership dates. */
export function timelineLayout(state: TimelineState, text: TimelineText, narrow: boolean): ChartLayout {
  const width = narrow ? 360 : 640;
  const labelCol = narrow ? 84 : 112;
  const x = scaleLinear()
    .domain(state.domain)
    .range([labelCol + 4, width - 6]);
  const marks: Mark[] = [];
  const back: Mark[] = [];

  const lg = legend(
    [
      { label: { text: text.legend.strategic }, swatch: 's-a f-paper', shape: 'ring', key: 'strategic-partnership' },
      {
        label: { text: text.legend.comprehensive },
        swatch: 'f-b',
        shape: 'diamond',
        key: 'comprehensive-strategic-partnership',
      },
      { label: { text: text.legend.other }, swatch: 's-muted', shape: 'dash', key: 'other' },
    ],
    0,
    0,
    width,
  );
  marks.push(...lg.marks);
  let y = lg.height + 8;

  // Phase bands: alternate shading, the phase's name on top.
  const bands = state.phases.filter((p) => !p.nested);
  const bandTop = y;
  const labelLines = bands.map((p) => wrapText(text.phase(p), x(p.to) - x(p.from) - 6, 11));
  const headH = Math.max(...labelLines.map((l) => l.length)) * 13 + 6;
  bands.forEach((p, i) => {
    labelLines[i]!.forEach((line, j) =>
      marks.push({
        kind: 'text',
        x: x(p.from) + 4,
        y: y + 11 + j * 13,
        text: line,
        cls: 't-small t-strong phase-label',
      }),
    );
  });
  y += headH;

  // Key events: numbered circles.
  const keyY = y + 14;
  marks.push({ kind: 'text', x: 0, y: keyY, text: text.keyLane, cls: 't-mid t-small t-muted lane-label' });
  for (const e of state.keyEvents) {
    marks.push({
      kind: 'group',
      cls: 'key-event',
      key: 'key',
      tip: text.keyEvent(e),
      children: [
        { kind: 'circle', cx: x(e.at), cy: keyY, r: 8, cls: 'f-muted' },
        {
          kind: 'text',
          x: x(e.at),
          y: keyY,
          text: String(e.number),
          anchor: 'middle',
          cls: 't-mid t-small t-on-dark t-strong',
        },
      ],
    });
  }
  y = keyY + 16;

  // Country lanes.
  const pitch = 36;
  for (const lane of state.lanes) {
    const ly = y + pitch / 2;
    const name = text.country(lane.country);
    marks.push({
      kind: 'text',
      x: 0,
      y: ly,
      text: name.text,
      cls: 't-mid t-strong lane-label country-label',
      ...(name.lang ? { lang: name.lang } : {}),
    });
    back.push({ kind: 'line', x1: labelCol, x2: width, y1: ly, y2: ly, cls: 'grid' });
    for (const o of lane.others)
      marks.push({
        kind: 'line',
        x1: x(o.at),
        x2: x(o.at),
        y1: ly - 5,
        y2: ly + 5,
        cls: 's-muted other-event',
        key: 'other',
        tip: text.tipOther(o.id),
      });
    const [a, b] = [lane.partnerships[0], lane.partnerships.at(-1)];
    if (a && b && a !== b)
      marks.push({ kind: 'line', x1: x(a.at), x2: x(b.at), y1: ly, y2: ly, cls: 's-a upgrade-line' });
    lane.partnerships.forEach((m, i) => {
      const mx = x(m.at);
      const tip = text.tipPartnership(lane, m);
      const data = { country: lane.country, kind: m.kind, year: m.date.year };
      marks.push(
        m.kind === 'strategic-partnership'
          ? { kind: 'circle', cx: mx, cy: ly, r: 6, cls: 'partnership s-a f-paper', key: m.kind, tip, data }
          : { kind: 'path', d: diamond(mx, ly, 8), cls: 'partnership f-b', key: m.kind, tip, data },
      );
      // The first date to the left of its mark, a later one to the right, or below-left when the right edge is near.
      const label = text.date(m);
      const fitsRight = mx + 11 + textWidth(label, 11) <= width;
      const place =
        i === 0
          ? { x: mx - 11, y: ly, anchor: 'end' as const }
          : fitsRight
            ? { x: mx + 11, y: ly, anchor: 'start' as const }
            : { x: mx + 4, y: ly + 13, anchor: 'end' as const };
      marks.push({ kind: 'text', ...place, text: label, cls: 't-mid t-small halo date-label', key: m.kind });
    });
    y += pitch;
  }
  const lanesBottom = y;

  // Phase bands behind the lanes (every other one shaded), nested phases as a tinted column.
  const nested = state.phases.filter((p) => p.nested);
  const backdrop: Mark[] = [
    ...bands
      .filter((_, i) => i % 2 === 0)
      .map((p): Mark => ({
        kind: 'rect',
        x: x(p.from),
        y: bandTop,
        width: x(p.to) - x(p.from),
        height: lanesBottom - bandTop,
        cls: 'f-band phase-band',
      })),
    ...nested.map((p): Mark => ({
      kind: 'rect',
      x: x(p.from),
      y: bandTop + headH,
      width: x(p.to) - x(p.from),
      height: lanesBottom - bandTop - headH,
      cls: 'f-warn-bg nested-band',
    })),
    ...bands.map((p): Mark => ({
      kind: 'line',
      x1: x(p.from),
      x2: x(p.from),
      y1: bandTop,
      y2: lanesBottom,
      cls: 'grid',
    })),
  ];
  back.unshift(...backdrop);

  // Year axis under the lanes.
  const ticks = narrow ? [state.domain[0], 2000, 2010] : [state.domain[0], 1995, 2000, 2005, 2010, 2015];
  for (const v of [...ticks, state.domain[1] - 1]) {
    marks.push({ kind: 'line', x1: x(v), x2: x(v), y1: lanesBottom, y2: lanesBottom + 4, cls: 'axis' });
    marks.push({
      kind: 'text',
      x: x(v),
      y: lanesBottom + 16,
      text: String(v),
      anchor: v === state.domain[1] - 1 ? 'end' : 'middle',
      cls: 't-small t-muted tick-label',
    });
  }
  y = lanesBottom + 24;
  for (const p of nested) {
    marks.push({ kind: 'path', d: `M${x(p.from)} ${y}v6H${x(p.to)}v-6`, cls: 'axis nested-bracket' });
    marks.push({
      kind: 'text',
      x: x(p.to),
      y: y + 20,
      text: text.nested(p),
      anchor: 'end',
      cls: 't-small t-muted nested-label',
    });
    y += 26;
  }

  // The key events written out, so the picture stands alone.
  y += 14;
  for (const e of state.keyEvents) {
    const lines = wrapText(`${e.number}  ${text.keyEvent(e)}`, width - 4, 12);
    marks.push({ kind: 'text', x: 0, y, text: lines, lineHeight: 15, cls: 't-small key-event-note' });
    y += lines.length * 15 + 3;
  }
  return { width, height: y, marks: [...back, ...marks] };
}
