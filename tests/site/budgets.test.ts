import { describe, expect, test } from 'vitest';
import { BUDGETS, pageWeight, plainPageJsProblem, type PageWeight } from '../../scripts/bench/page-weight.ts';
import { builtFiles, DIST } from '../support/dist.ts';

// Page-weight budgets of issue #8 on every built page (gzip as a static host serves it):
// no JavaScript on pages without a chart or the search, at most 15 KB gzip of JavaScript on a
// chart page, at most 60 KB gzip of HTML + CSS on any page, and no web fonts at all.
const files = builtFiles();
const pages = files.filter((f) => f.endsWith('.html'));
const weights = new Map<string, PageWeight>();
const weigh = (page: string) => weights.get(page) ?? weights.set(page, pageWeight(DIST, page)).get(page)!;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('page-weight budgets', () => {
  // Known small deviations are tolerated and reported (SCRIPT_ALLOWANCES in
  // scripts/bench/page-weight.ts): the cite panel's, the filters' and the reader's scripts.
  test('pages without a chart or the search load no JavaScript', () => {
    const over = pages.flatMap((page) => {
      const problem = plainPageJsProblem(weigh(page));
      return problem ? [`${page}: ${problem}`] : [];
    });
    expect(over.slice(0, 20), `${over.length} pages`).toEqual([]);
    // Weighs every built page (gzip of each): the site project's budget is sized for a loaded machine.
  });

  test(`chart pages load at most ${kb(BUDGETS.chartPageJsGzip)} of JavaScript (gzip)`, () => {
    const charts = pages.filter((p) => weigh(p).chart);
    expect(charts.length).toBeGreaterThan(0);
    const over = charts
      .filter((p) => weigh(p).js.gzip > BUDGETS.chartPageJsGzip)
      .map((p) => `${p}: ${kb(weigh(p).js.gzip)}`);
    expect(over).toEqual([]);
  });

  test(`every page is at most ${kb(BUDGETS.htmlCssGzip)} of HTML + CSS (gzip)`, () => {
    const over = pages
      .map((p) => [p, weigh(p).html.gzip + weigh(p).css.gzip] as const)
      .filter(([, bytes]) => bytes > BUDGETS.htmlCssGzip)
      .sort((a, b) => b[1] - a[1])
      .map(([p, bytes]) => `${p}: ${kb(bytes)}`);
    expect(over.slice(0, 20), `${over.length} pages`).toEqual([]);
  });

  test('no web fonts: no font files, no @font-face, no font preloads', () => {
    expect(files.filter((f) => /\.(?:woff2?|ttf|otf|eot)$/iu.test(f))).toEqual([]);
    expect(pages.filter((p) => weigh(p).fonts > BUDGETS.fonts)).toEqual([]);
  });
});
