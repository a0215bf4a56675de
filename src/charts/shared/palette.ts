/**
 * The chart palette: colour-blind-safe (blue/orange pairs, a blue→orange ordinal ramp) and AA
 * against the page. The page reads these tokens as CSS custom properties from
 * src/styles/charts.css (light and dark); a downloaded SVG carries the light values inline.
 * charts.css is checked against this file by palette.test.ts.
 */

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, " +
  "'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/** Token values, light theme (also the downloaded files). */
export const LIGHT = {
  'chart-paper': '#fbfaf7',
  'chart-band': '#f0ede4',
  'chart-ink': '#1d2125',
  'chart-ink-2': '#4a5259',
  'chart-rule': '#d9d5cb',
  'chart-a': '#1f6fb2',
  'chart-b': '#c2571a',
  'chart-lv1': '#1d4e89',
  'chart-lv2': '#5b97cf',
  'chart-lv3': '#b3cfe8',
  'chart-lv4': '#f2b27c',
  'chart-lv5': '#a84a12',
  'chart-muted': '#7d858c',
  'chart-warn': '#9a4d00',
  'chart-warn-bg': '#fff1dc',
  'chart-on-dark': '#ffffff',
  'chart-on-light': '#1d2125',
} as const;

export type Token = keyof typeof LIGHT;

/** Token values, dark theme: brighter series colours on a dark page; the ordinal ramp is shared. */
export const DARK: Record<Token, string> = {
  'chart-paper': '#16191c',
  'chart-band': '#22272c',
  'chart-ink': '#e6e3dc',
  'chart-ink-2': '#aab1b7',
  'chart-rule': '#3a4046',
  'chart-a': '#6cb0ea',
  'chart-b': '#f0904f',
  'chart-lv1': '#1d4e89',
  'chart-lv2': '#5b97cf',
  'chart-lv3': '#b3cfe8',
  'chart-lv4': '#f2b27c',
  'chart-lv5': '#a84a12',
  'chart-muted': '#8d959c',
  'chart-warn': '#ffb766',
  'chart-warn-bg': '#3b2a14',
  'chart-on-dark': '#ffffff',
  'chart-on-light': '#1d2125',
};

/** Class → colour rules used by the SVG marks: [selector, property, token]. */
export const COLOUR_RULES: readonly (readonly [string, 'fill' | 'stroke', Token])[] = [
  ['.chart-bg', 'fill', 'chart-paper'],
  ['.chart-svg text', 'fill', 'chart-ink'],
  ['.chart-svg .t-muted', 'fill', 'chart-ink-2'],
  ['.chart-svg .t-warn', 'fill', 'chart-warn'],
  ['.chart-svg .t-on-dark', 'fill', 'chart-on-dark'],
  ['.chart-svg .t-on-light', 'fill', 'chart-on-light'],
  ['.chart-svg .f-a', 'fill', 'chart-a'],
  ['.chart-svg .f-b', 'fill', 'chart-b'],
  ['.chart-svg .f-lv1', 'fill', 'chart-lv1'],
  ['.chart-svg .f-lv2', 'fill', 'chart-lv2'],
  ['.chart-svg .f-lv3', 'fill', 'chart-lv3'],
  ['.chart-svg .f-lv4', 'fill', 'chart-lv4'],
  ['.chart-svg .f-lv5', 'fill', 'chart-lv5'],
  ['.chart-svg .f-muted', 'fill', 'chart-muted'],
  ['.chart-svg .f-band', 'fill', 'chart-band'],
  ['.chart-svg .f-paper', 'fill', 'chart-paper'],
  ['.chart-svg .f-warn-bg', 'fill', 'chart-warn-bg'],
  ['.chart-svg .seg', 'stroke', 'chart-paper'],
  ['.chart-svg .grid', 'stroke', 'chart-rule'],
  ['.chart-svg .axis', 'stroke', 'chart-ink-2'],
  ['.chart-svg .ref', 'stroke', 'chart-ink'],
  ['.chart-svg .s-a', 'stroke', 'chart-a'],
  ['.chart-svg .s-b', 'stroke', 'chart-b'],
  ['.chart-svg .s-muted', 'stroke', 'chart-muted'],
  ['.chart-svg .s-warn', 'stroke', 'chart-warn'],
  ['.chart-svg .s-rule', 'stroke', 'chart-rule'],
  ['.chart-svg .halo', 'stroke', 'chart-paper'],
];

/** Rules that do not depend on the theme (sizes, weights, dashes). */
export const SHAPE_RULES = [
  '.chart-svg{font-size:13px}',
  '.chart-svg .t-small{font-size:11px}',
  '.chart-svg .t-strong{font-weight:700}',
  '.chart-svg .t-missing{font-style:italic}',
  '.chart-svg .t-mid{dominant-baseline:central}',
  '.chart-svg .seg{stroke-width:1}',
  '.chart-svg .grid,.chart-svg .axis{stroke-width:1;fill:none}',
  '.chart-svg .ref{stroke-width:1.5;stroke-dasharray:4 3;fill:none}',
  '.chart-svg .s-a,.chart-svg .s-b,.chart-svg .s-muted{stroke-width:2}',
  '.chart-svg .s-warn{stroke-width:1.5;fill:none}',
  '.chart-svg .dashed{stroke-dasharray:3 3}',
  '.chart-svg .halo{stroke-width:3px;stroke-linejoin:round;paint-order:stroke}',
] as const;

/** The stylesheet embedded in a downloaded SVG: the light values written out. */
export function standaloneStyle(): string {
  const colour = COLOUR_RULES.map(([sel, prop, token]) => `${sel}{${prop}:${LIGHT[token]}}`).join('');
  return `.chart-svg{font-family:${FONT_FAMILY}}${colour}${SHAPE_RULES.join('')}`;
}
