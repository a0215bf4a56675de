import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, gotoSettled, sharedChromium } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { fileOf, PAGE_TYPES } from '../../scripts/bench/page-types.ts';

// axe-core on one page of every page type in both languages (scripts/bench/page-types.ts), in
// the light and then the dark colour scheme: zero violations. Each page must also load without
// a CSP violation, a console error, a failed request, an uncaught exception or a request
// leaving the site.
const base = inject('baseUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Dark mode changes only colours, so its pass runs the colour rules alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const browser = sharedChromium();

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page, recording what goes wrong while it loads and runs. */
async function visit(path: string): Promise<Visit> {
  const page = await browser().newPage({ viewport: DESKTOP, colorScheme: 'light' });
  const problems: string[] = [];
  const origin = new URL(base).origin;
  page.on('console', (m) => {
    // Failed loads are reported below with their address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(?:data|blob):/u.test(r.url()) && new URL(r.url()).origin !== origin)
      problems.push(`third-party request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await gotoSettled(page, base + path);
  if (path.includes('/search/')) await page.waitForSelector('.search-result');
  return { page, problems };
}

/** Runs axe in the page; the script goes in as a string so the page's CSP does not apply to it. */
async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(`${AXE}\n;void 0`);
  const options = rules
    ? { runOnly: { type: 'rule', values: rules } }
    : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };
  const violations = (await page.evaluate(
    `axe.run(document, ${JSON.stringify({ ...options, resultTypes: ['violations'] })}).then((r) => r.violations)`,
  )) as {
    id: string;
    help: string;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
  const summary = (n: { failureSummary?: string }) => (n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
  return violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.help}): ${n.target.join(' ')} — ${summary(n)}`),
  );
}

describe('accessibility', () => {
  for (const { type, path, lang } of PAGE_TYPES) {
    test(`${type}${lang ? ` (${lang})` : ''}: ${path}`, async () => {
      // A sample that no longer exists must be replaced in scripts/bench/page-types.ts, not skipped.
      expect(existsSync(join(DIST, fileOf(path))), `${fileOf(path)} is not in the build`).toBe(true);
      const { page, problems } = await visit(path);
      const light = await axeViolations(page);
      // The same page in the dark colour scheme: only colours change, so only they are checked.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, COLOUR_RULES);
      await page.close();
      expect(light, 'light colour scheme').toEqual([]);
      expect(dark, 'dark colour scheme').toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
