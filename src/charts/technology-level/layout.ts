import { scaleLinear } from 'd3-scale';
import type { Label } from '../shared/labels.ts';
import { legend } from '../shared/legend.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { textWidth, wrapText } from '../shared/text-metrics.ts';
import type { LevelGroup, LevelSegment, LevelState } from './state.ts';

export interface LevelText {
  level: (i: number) => Label;
  questionnaire: (g: LevelGroup) => Label;
  respondent: (g: LevelGroup) => Label;
  /** Beside a flagged bar: `Σ 102 ≠ 100`. */
  flag: (g: LevelGroup) => string;
  hundred: string;
  tip: (g: LevelGroup, s: LevelSegment) => string;
}

/** Text on the two darkest levels is white, on the lighter ones dark. */
const ON = ['t-on-dark', 't-on-light', 't-on-light', 't-on-light', 't-on-dark'];

/** Stacked bars of the printed percentages on a 0–100 axis; a column over 100 runs past the line and is flagged. */
export function levelLayout(state: LevelState, text: LevelText, narrow: boolean): ChartLayout {
  const width = narrow ? 360 : 640;
  const labelCol = narrow ? 0 : 150;
  // The flag column is as wide as the widest flag (`Σ 102 ≠ 100`, bold: a fifth wider) measured.
  const flags = state.groups.filter((g) => g.flagged).map((g) => textWidth(text.flag(g), 11) * 1.2 + 14);
  const flagCol = Math.max(40, ...flags);
  const x = scaleLinear()
    .domain([0, state.max])
    .range([labelCol, width - flagCol]);
  const marks: Mark[] = [];
  const lg = legend(
    state.levels.map((_, i) => ({ label: text.level(i), swatch: `f-lv${i + 1}`, key: `level-${i}` })),
    labelCol,
    0,
    width - labelCol,
  );
  marks.push(...lg.marks);
  let y = lg.height + 14;
  const top = y;
  const barH = 26;
  let questionnaire = '';
  for (const g of state.groups) {
    if (g.questionnaire !== questionnaire) {
      questionnaire = g.questionnaire;
      const q = text.questionnaire(g);
      marks.push({
        kind: 'text',
        x: 0,
        y: y + 12,
        text: q.text,
        cls: 't-strong halo questionnaire-label',
        ...(q.lang ? { lang: q.lang } : {}),
      });
      y += 22;
    }
    const r = text.respondent(g);
    if (narrow) {
      marks.push({
        kind: 'text',
        x: 0,
        y: y + 10,
        text: r.text,
        cls: 'respondent-label',
        ...(r.lang ? { lang: r.lang } : {}),
      });
      y += 16;
    } else {
      const lines = wrapText(r.text, labelCol - 18, 13);
      marks.push({
        kind: 'text',
        x: 10,
        y: y + barH / 2 - ((lines.length - 1) * 14) / 2,
        text: lines,
        lineHeight: 14,
        cls: 't-mid respondent-label',
        ...(r.lang ? { lang: r.lang } : {}),
      });
    }
    for (const s of g.segments) {
      const w = x(s.end) - x(s.start);
      if (s.amount.value === 0) continue;
      marks.push({
        kind: 'rect',
        x: x(s.start),
        y,
        width: w,
        height: barH,
        cls: `segment seg f-lv${s.level + 1}`,
        key: `level-${s.level}`,
        tip: text.tip(g, s),
        data: { level: s.level, value: s.amount.value },
      });
      if (w >= textWidth(s.amount.printed, 11) + 6)
        marks.push({
          kind: 'text',
          x: x(s.start) + w / 2,
          y: y + barH / 2,
          text: s.amount.printed,
          anchor: 'middle',
          cls: `t-mid t-small segment-label ${ON[s.level % 5]}`,
          key: `level-${s.level}`,
        });
    }
    if (g.flagged) {
      const fx = x(g.total) + 6;
      const label = text.flag(g);
      marks.push(
        {
          kind: 'rect',
          x: fx - 2,
          y: y + 3,
          width: textWidth(label, 11) * 1.2 + 6,
          height: barH - 6,
          cls: 'f-warn-bg sum-flag',
          tip: label,
        },
        { kind: 'text', x: fx + 1, y: y + barH / 2, text: label, cls: 't-mid t-small t-warn t-strong' },
      );
    }
    y += barH + 12;
  }
  // 0, 50 and 100 as reference; the 100 line shows where a column overshoots.
  const grid: Mark[] = [0, 25, 50, 75].map((v): Mark => ({
    kind: 'line',
    x1: x(v),
    x2: x(v),
    y1: top - 4,
    y2: y - 8,
    cls: v === 0 ? 'axis' : 'grid',
  }));
  for (const v of [0, 25, 50, 75, 100])
    grid.push({
      kind: 'text',
      x: x(v),
      y: y + 6,
      text: v === 100 ? text.hundred : String(v),
      anchor: 'middle',
      cls: 't-small t-muted tick-label',
    });
  marks.push({ kind: 'line', x1: x(100), x2: x(100), y1: top - 4, y2: y - 8, cls: 'ref hundred-line' });
  return { width, height: y + 14, marks: [...grid, ...marks] };
}
