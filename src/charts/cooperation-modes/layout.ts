import { scaleLinear } from 'd3-scale';
import type { Label } from '../shared/labels.ts';
import type { ChartLayout, Mark } from '../shared/marks.ts';
import { fitText, wrapText } from '../shared/text-metrics.ts';
import type { ModePair, ModesState } from './state.ts';

export interface ModesText {
  importsHead: string;
  exportsHead: string;
  mode: (p: ModePair, side: 'imports' | 'exports') => Label;
  tip: (p: ModePair, side: 'imports' | 'exports') => string;
  unit: string;
}

/** Butterfly chart: import modes grow left from the centre, export modes right; each bar labelled above. */
export function modesLayout(state: ModesState, text: ModesText, narrow: boolean): ChartLayout {
  const width = narrow ? 360 : 640;
  const cx = width / 2;
  const gap = 3;
  const x = scaleLinear()
    .domain([0, state.max])
    .nice()
    .range([0, cx - gap - 30]);
  const marks: Mark[] = [];
  const headY = 12;
  marks.push(
    { kind: 'rect', x: cx - 8 - 11, y: headY - 6, width: 11, height: 11, cls: 'f-a', key: 'imports' },
    {
      kind: 'text',
      x: cx - 8 - 16,
      y: headY,
      text: `← ${text.importsHead}`,
      anchor: 'end',
      cls: 't-mid t-strong',
      key: 'imports',
    },
    { kind: 'rect', x: cx + 8, y: headY - 6, width: 11, height: 11, cls: 'f-b', key: 'exports' },
    { kind: 'text', x: cx + 8 + 16, y: headY, text: `${text.exportsHead} →`, cls: 't-mid t-strong', key: 'exports' },
  );
  let y = 34;
  const top = y;
  const barH = 16;
  const fs = narrow ? 11 : 13;
  for (const p of state.pairs) {
    const li = text.mode(p, 'imports');
    const le = text.mode(p, 'exports');
    // Labels sit above their bars, wrapped to the half's width (two lines at most).
    const wrap = (l: Label) => {
      const lines = wrapText(l.text, cx - gap - 8, fs);
      return lines.length > 2 ? [lines[0]!, fitText(lines.slice(1).join(' '), cx - gap - 8, fs)] : lines;
    };
    const [wl, wr] = [wrap(li), wrap(le)];
    const n = Math.max(wl.length, wr.length);
    const lh = fs + 3;
    const ly = (lines: string[]) => y + 9 + (n - lines.length) * lh;
    marks.push(
      {
        kind: 'text',
        x: cx - gap - 2,
        y: ly(wl),
        text: wl,
        lineHeight: lh,
        anchor: 'end',
        cls: `t-mid mode-label${narrow ? ' t-small' : ''}`,
        key: 'imports',
        ...(li.lang ? { lang: li.lang } : {}),
      },
      {
        kind: 'text',
        x: cx + gap + 2,
        y: ly(wr),
        text: wr,
        lineHeight: lh,
        cls: `t-mid mode-label${narrow ? ' t-small' : ''}`,
        key: 'exports',
        ...(le.lang ? { lang: le.lang } : {}),
      },
    );
    y += (n - 1) * lh;
    const by = y + 19;
    const wi = x(p.imports.amount.value);
    const we = x(p.exports.amount.value);
    marks.push(
      {
        kind: 'rect',
        x: cx - gap - wi,
        y: by,
        width: wi,
        height: barH,
        cls: 'bar f-a',
        key: 'imports',
        tip: text.tip(p, 'imports'),
        data: { side: 'imports', value: p.imports.amount.value },
      },
      {
        kind: 'text',
        x: cx - gap - wi - 4,
        y: by + barH / 2,
        text: p.imports.amount.printed,
        anchor: 'end',
        cls: 't-mid value-label',
        key: 'imports',
      },
      {
        kind: 'rect',
        x: cx + gap,
        y: by,
        width: we,
        height: barH,
        cls: 'bar f-b',
        key: 'exports',
        tip: text.tip(p, 'exports'),
        data: { side: 'exports', value: p.exports.amount.value },
      },
      {
        kind: 'text',
        x: cx + gap + we + 4,
        y: by + barH / 2,
        text: p.exports.amount.printed,
        cls: 't-mid value-label',
        key: 'exports',
      },
    );
    y += 19 + barH + 12;
  }
  const grid: Mark[] = x.ticks(narrow ? 2 : 4).flatMap((v): Mark[] =>
    v === 0
      ? []
      : [-1, 1].flatMap((side): Mark[] => {
          const gx = cx + side * (gap + x(v));
          return [
            { kind: 'line', x1: gx, x2: gx, y1: top, y2: y - 8, cls: 'grid' },
            { kind: 'text', x: gx, y: y + 6, text: String(v), anchor: 'middle', cls: 't-small t-muted tick-label' },
          ];
        }),
  );
  marks.push({ kind: 'text', x: cx, y: y + 22, text: text.unit, anchor: 'middle', cls: 't-small t-muted unit-label' });
  return { width, height: y + 28, marks: [...grid, ...marks] };
}
