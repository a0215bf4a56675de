import { scaleLinear } from 'd3-scale';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { wrapText } from '../shared/text-metrics.ts';
import type { FundingRow, FundingState } from './state.ts';

export interface FundingText {
  panel: { perProject: string; envelope: string };
  category: (r: FundingRow) => string;
  /** Range in the page's units: `100–200 万元` / `CNY 1–2 million`. */
  range: (min: number, max: number) => string;
  quota: (r: FundingRow) => string;
  /** Axis tick in the axis unit. */
  tick: (yuan: number) => string;
  unit: string;
  tip: (r: FundingRow, panel: 'perProject' | 'envelope') => string;
}

const SERIES = ['a', 'b'] as const;

/** Two small panels of range bars: funding per project, then the ceiling if every place is funded. */
export function fundingLayout(state: FundingState, text: FundingText, narrow: boolean): ChartLayout {
  const width = narrow ? 360 : 640;
  const labelCol = narrow ? 0 : 132;
  const marks: Mark[] = [];
  let y = 0;
  const panels = [
    {
      id: 'perProject' as const,
      title: text.panel.perProject,
      max: state.maxPerProject,
      lo: (r: FundingRow) => r.min,
      hi: (r: FundingRow) => r.max,
    },
    {
      id: 'envelope' as const,
      title: text.panel.envelope,
      max: state.maxEnvelope,
      lo: (r: FundingRow) => r.envelopeMin,
      hi: (r: FundingRow) => r.envelopeMax,
    },
  ];
  for (const panel of panels) {
    const x = scaleLinear()
      .domain([0, panel.max])
      .nice()
      .range([labelCol, width - 12]);
    const title = wrapText(panel.title, width, 13);
    marks.push({ kind: 'text', x: 0, y: y + 13, text: title, lineHeight: 16, cls: 't-strong panel-title' });
    y += 16 * title.length + 10;
    const top = y;
    for (const [i, r] of state.rows.entries()) {
      const key = `category-${r.kind}`;
      if (narrow) {
        marks.push({
          kind: 'text',
          x: 0,
          y: y + 10,
          text: `${text.category(r)} · ${text.quota(r)}`,
          cls: 'category-label',
          key,
        });
        y += 16;
      } else
        marks.push(
          { kind: 'text', x: 0, y: y + 4, text: text.category(r), cls: 't-mid category-label', key },
          { kind: 'text', x: 0, y: y + 19, text: text.quota(r), cls: 't-mid t-small t-muted quota-label', key },
        );
      const x1 = x(panel.lo(r));
      const x2 = x(panel.hi(r));
      marks.push(
        { kind: 'line', x1: labelCol, x2: x1, y1: y + 11, y2: y + 11, cls: 'grid dashed' },
        {
          kind: 'rect',
          x: x1,
          y: y + 3,
          width: Math.max(2, x2 - x1),
          height: 16,
          cls: `range-bar f-${SERIES[i % 2]}`,
          key,
          tip: text.tip(r, panel.id),
          data: { min: panel.lo(r), max: panel.hi(r) },
        },
      );
      const label = text.range(panel.lo(r), panel.hi(r));
      const inside = x2 + 6 + label.length * 7 > width;
      marks.push({
        kind: 'text',
        x: inside ? x1 - 6 : x2 + 6,
        y: y + 11,
        text: label,
        anchor: inside ? 'end' : 'start',
        cls: 't-mid t-small value-label',
        key,
      });
      y += narrow ? 30 : 36;
    }
    for (const v of x.ticks(narrow ? 4 : 5)) {
      marks.unshift({ kind: 'line', x1: x(v), x2: x(v), y1: top - 2, y2: y - 8, cls: v === 0 ? 'axis' : 'grid' });
      marks.push({
        kind: 'text',
        x: x(v),
        y: y + 4,
        text: text.tick(v),
        anchor: 'middle',
        cls: 't-small t-muted tick-label',
      });
    }
    marks.push({
      kind: 'text',
      x: width - 12,
      y: y + 20,
      text: text.unit,
      anchor: 'end',
      cls: 't-small t-muted unit-label',
    });
    y += 34;
  }
  return { width, height: y - 4, marks };
}
