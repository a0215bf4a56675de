/**
 * Positioned marks: what a chart layout returns and the SVG renderer draws. Plain data with
 * pixel coordinates in the chart's viewBox, so layouts can be unit-tested without a DOM.
 */

/** Attributes every mark may carry: a CSS class, a tooltip and a highlight key. */
interface MarkBase {
  /** Space-separated classes; colours come from classes, never from inline values. */
  cls?: string;
  /** Tooltip text shown by the enhancement script (data-tip). */
  tip?: string;
  /** Marks with the same key highlight together (data-key). */
  key?: string;
  /** BCP 47 tag when the text differs from the page language (Chinese labels on English pages). */
  lang?: string;
  /** Extra data-* attributes, e.g. `{ value: 160 }` → data-value="160". */
  data?: Record<string, string | number>;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  /** One string, or several lines set below one another. */
  text: string | readonly string[];
  anchor?: 'start' | 'middle' | 'end';
  /** Line height for multi-line text, in px. */
  lineHeight?: number;
  /** Rotation in degrees around (x, y). */
  rotate?: number;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
}

export interface GroupMark extends MarkBase {
  kind: 'group';
  children: Mark[];
  /** Makes the group a link (`<a href>`), e.g. a country on a map to its page. */
  href?: string;
  /** The link's accessible name (aria-label), when its text alone does not say enough. */
  label?: string;
}

export type Mark = RectMark | TextMark | LineMark | CircleMark | PathMark | GroupMark;

/** A laid-out chart: its viewBox size and marks. */
export interface ChartLayout {
  width: number;
  height: number;
  marks: Mark[];
}

/** Every mark of a tree, depth first (for tests and counts). */
export function flatten(marks: readonly Mark[]): Mark[] {
  return marks.flatMap((m) => (m.kind === 'group' ? [m, ...flatten(m.children)] : [m]));
}

/** Marks of a tree whose class list contains `cls`. */
export const marksWithClass = (marks: readonly Mark[], cls: string): Mark[] =>
  flatten(marks).filter((m) => (m.cls ?? '').split(/\s+/u).includes(cls));
