/**
 * The overview strip: one bar per year on a band scale, bar height on a linear scale of the
 * count, a year label under every bar that has room (always the first, the last and every
 * labelled step). Pure; the component draws these boxes as links.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { YearCount } from './state.ts';

export interface StripBar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The year is printed under the bar. */
  labelled: boolean;
}

export interface StripLayout {
  width: number;
  height: number;
  /** Baseline of the bars; labels sit below it. */
  baseline: number;
  bars: StripBar[];
  /** Largest count, printed on the axis. */
  max: number;
}

/** Room a year label needs (four digits at 11 px, with a gap). */
const LABEL_WIDTH = 30;

export function stripLayout(counts: readonly YearCount[], width = 640, height = 80): StripLayout {
  // Margins → scales → bars, as every chart here.
  // Side margins of half a year label, so the first and last labels are not cut off.
  const margin = { top: 14, right: LABEL_WIDTH / 2, bottom: 18, left: LABEL_WIDTH / 2 };
  const baseline = height - margin.bottom;
  const x = scaleBand<number>()
    .domain(counts.map((c) => c.year))
    .range([margin.left, width - margin.right])
    .paddingInner(0.15);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const y = scaleLinear().domain([0, max]).range([baseline, margin.top]);
  const step = Math.max(1, Math.ceil(LABEL_WIDTH / x.step()));
  const bars = counts.map((c, i) => ({
    year: c.year,
    count: c.count,
    x: x(c.year)!,
    y: y(c.count),
    width: x.bandwidth(),
    height: baseline - y(c.count),
    labelled: i === 0 || i === counts.length - 1 ? true : i % step === 0 && i < counts.length - step,
  }));
  return { width, height, baseline, bars, max };
}
