import { scaleLinear } from 'd3-scale';
import type { Country } from '../../schemas/records.ts';
import type { Label } from '../shared/labels.ts';
import { legend } from '../shared/legend.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { wrapText } from '../shared/text-metrics.ts';
import type { Flow, GoodsState, ShareCategory, ShareValue } from './state.ts';

export interface GoodsText {
  country: (c: Country) => Label;
  flow: (f: Flow) => string;
  category: (c: ShareCategory) => Label;
  /** Shown where the source prints “—”. */
  missing: string;
  unit: string;
  tip: (c: ShareCategory, v: ShareValue, flow: Flow) => string;
}

const SERIES = ['a', 'b'] as const;

/** Grouped bars per category, exports panel above imports; a missing value gets a label, never a bar. */
export function goodsLayout(state: GoodsState, text: GoodsText, narrow: boolean): ChartLayout {
  const width = narrow ? 360 : 640;
  const labelCol = narrow ? 0 : 196;
  const x0 = labelCol;
  const x = scaleLinear()
    .domain([0, state.max])
    .nice()
    .range([x0, width - 44]);
  const marks: Mark[] = [];
  const lg = legend(
    state.countries.map((c, i) => ({
      label: text.country(c.country),
      swatch: `f-${SERIES[i % 2]}`,
      key: `country-${c.country}`,
    })),
    x0,
    0,
    width - x0,
  );
  marks.push(...lg.marks);
  let y = lg.height + 10;
  const barH = 13;
  for (const { flow, categories } of state.flows) {
    marks.push({ kind: 'text', x: 0, y: y + 12, text: text.flow(flow), cls: 't-strong panel-title' });
    y += 24;
    const top = y;
    for (const cat of categories) {
      const label = text.category(cat);
      const lines = wrapText(label.text, narrow ? width : labelCol - 10, 13);
      if (narrow) {
        marks.push({
          kind: 'text',
          x: 0,
          y: y + 10,
          text: label.text,
          cls: 'category-label',
          ...(label.lang ? { lang: label.lang } : {}),
        });
        y += 16;
      } else {
        const mid = y + barH + 1;
        marks.push({
          kind: 'text',
          x: 0,
          y: mid - ((lines.length - 1) * 15) / 2,
          text: lines,
          lineHeight: 15,
          cls: 't-mid category-label',
          ...(label.lang ? { lang: label.lang } : {}),
        });
      }
      cat.values.forEach((v, i) => {
        const by = y + i * (barH + 2);
        const key = `country-${v.country}`;
        if (v.value === null) {
          marks.push({
            kind: 'text',
            x: x0 + 2,
            y: by + barH / 2,
            text: `${v.printed} ${text.missing}`,
            cls: 't-mid t-small t-muted t-missing missing-label',
            key,
            tip: text.tip(cat, v, flow),
            data: { country: v.country },
          });
          return;
        }
        marks.push(
          {
            kind: 'rect',
            x: x0,
            y: by,
            width: x(v.value) - x0,
            height: barH,
            cls: `bar f-${SERIES[i % 2]}`,
            key,
            tip: text.tip(cat, v, flow),
            data: { country: v.country, value: v.value },
          },
          { kind: 'text', x: x(v.value) + 4, y: by + barH / 2, text: v.printed, cls: 't-mid t-small value-label', key },
        );
      });
      y += 2 * barH + 2 + (narrow ? 10 : 12);
    }
    // Grid behind the panel's bars, labelled below it.
    const grid: Mark[] = x.ticks(narrow ? 4 : 8).flatMap((v): Mark[] => [
      { kind: 'line', x1: x(v), x2: x(v), y1: top - 4, y2: y - 6, cls: v === 0 ? 'axis' : 'grid' },
      { kind: 'text', x: x(v), y: y + 6, text: String(v), anchor: 'middle', cls: 't-small t-muted tick-label' },
    ]);
    marks.unshift(...grid);
    y += 22;
  }
  marks.push({
    kind: 'text',
    x: width - 44,
    y: y - 4,
    text: text.unit,
    anchor: 'end',
    cls: 't-small t-muted unit-label',
  });
  return { width, height: y + 4, marks };
}
