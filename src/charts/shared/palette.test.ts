import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COLOUR_RULES, DARK, LIGHT, SHAPE_RULES, standaloneStyle } from './palette.ts';

const css = readFileSync(new URL('../../styles/charts.css', import.meta.url), 'utf8');
const compact = (s: string) => s.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/\s+/gu, '');
const flat = compact(css);

/** sRGB relative luminance and contrast ratio (WCAG 2). */
const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('chart palette', () => {
  test('charts.css defines every token with the values of palette.ts, light and dark', () => {
    const [light, dark] = flat.split('@media(prefers-color-scheme:dark)');
    for (const [token, value] of Object.entries(LIGHT)) expect(light, token).toContain(`--${token}:${value};`);
    for (const [token, value] of Object.entries(DARK)) expect(dark, token).toContain(`--${token}:${value};`);
  });

  test('charts.css has every class rule that downloaded files get', () => {
    for (const [selector, prop, token] of COLOUR_RULES)
      expect(flat).toContain(compact(`${selector}{${prop}:var(--${token});}`));
    for (const rule of SHAPE_RULES) expect(flat).toContain(compact(rule.replace(/\}$/u, ';}')));
    expect(standaloneStyle()).toContain(`.chart-svg .f-a{fill:${LIGHT['chart-a']}}`);
  });

  test('series colours and text reach AA contrast on the page, in both themes', () => {
    for (const theme of [LIGHT, DARK]) {
      for (const token of ['chart-a', 'chart-b', 'chart-muted'] as const)
        expect(contrast(theme[token], theme['chart-paper']), token).toBeGreaterThanOrEqual(3);
      for (const token of ['chart-ink', 'chart-ink-2', 'chart-warn'] as const)
        expect(contrast(theme[token], theme['chart-paper']), token).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme['chart-warn'], theme['chart-warn-bg'])).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('segment labels are legible on every level colour', () => {
    const on = ['chart-on-dark', 'chart-on-light', 'chart-on-light', 'chart-on-light', 'chart-on-dark'] as const;
    (['chart-lv1', 'chart-lv2', 'chart-lv3', 'chart-lv4', 'chart-lv5'] as const).forEach((lv, i) =>
      expect(contrast(LIGHT[lv], LIGHT[on[i]!]), lv).toBeGreaterThanOrEqual(4.5),
    );
  });
});
