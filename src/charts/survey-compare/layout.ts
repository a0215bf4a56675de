import { scaleLinear } from 'd3-scale';
import type { Label } from '../shared/labels.ts';
import { legend } from '../shared/legend.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { wrapText } from '../shared/text-metrics.ts';
import type { SurveyAnswer, SurveySide, SurveyState } from './state.ts';

export interface SurveyText {
  side: (s: SurveySide) => Label;
  answer: (a: SurveyAnswer) => Label;
  /** Bar-end label: `47% (96)`. */
  value: (a: SurveyAnswer, i: number) => string;
  tip: (a: SurveyAnswer, i: number) => string;
  unit: string;
}

const SERIES = ['a', 'b'] as const;

/** Paired bars per answer: percentage of each side, the count beside it. A printed 0 is a zero-length bar. */
export function surveyLayout(state: SurveyState, text: SurveyText, narrow: boolean): ChartLayout {
  const width = narrow ? 360 : 640;
  const labelCol = narrow ? 0 : 220;
  const x = scaleLinear()
    .domain([0, state.max])
    .nice()
    .range([labelCol, width - 78]);
  const marks: Mark[] = [];
  const lg = legend(
    state.sides.map((s, i) => ({ label: text.side(s), swatch: `f-${SERIES[i % 2]}`, key: `side-${i}` })),
    labelCol,
    0,
    width - labelCol,
  );
  marks.push(...lg.marks);
  let y = lg.height + 12;
  const top = y;
  const barH = 16;
  for (const a of state.answers) {
    const label = text.answer(a);
    const lang = label.lang ? { lang: label.lang } : {};
    if (narrow) {
      const lines = wrapText(label.text, width, 13);
      marks.push({ kind: 'text', x: 0, y: y + 11, text: lines, lineHeight: 16, cls: 'answer-label', ...lang });
      y += 16 * lines.length + 2;
    } else {
      const lines = wrapText(label.text, labelCol - 12, 13);
      marks.push({
        kind: 'text',
        x: 0,
        y: y + barH + 1 - ((lines.length - 1) * 15) / 2,
        text: lines,
        lineHeight: 15,
        cls: 't-mid answer-label',
        ...lang,
      });
    }
    a.values.forEach((v, i) => {
      const by = y + i * (barH + 2);
      const key = `side-${i}`;
      marks.push(
        {
          kind: 'rect',
          x: labelCol,
          y: by,
          width: x(v.share.value) - labelCol,
          height: barH,
          cls: `bar f-${SERIES[i % 2]}`,
          key,
          tip: text.tip(a, i),
          data: { side: i, value: v.share.value, count: v.count.value },
        },
        {
          kind: 'text',
          x: x(v.share.value) + 4,
          y: by + barH / 2,
          text: text.value(a, i),
          cls: 't-mid t-small value-label',
          key,
        },
      );
    });
    y += 2 * barH + 2 + 14;
  }
  const grid: Mark[] = x.ticks(narrow ? 4 : 5).flatMap((v): Mark[] => [
    { kind: 'line', x1: x(v), x2: x(v), y1: top - 4, y2: y - 10, cls: v === 0 ? 'axis' : 'grid' },
    { kind: 'text', x: x(v), y: y + 4, text: String(v), anchor: 'middle', cls: 't-small t-muted tick-label' },
  ]);
  marks.push({
    kind: 'text',
    x: width - 78,
    y: y + 20,
    text: text.unit,
    anchor: 'end',
    cls: 't-small t-muted unit-label',
  });
  return { width, height: y + 26, marks: [...grid, ...marks] };
}
