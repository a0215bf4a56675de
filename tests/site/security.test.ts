import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist.ts';

// Security as far as a static site can: external links open with rel="noopener", the page
// loads nothing from another origin, and its Content-Security-Policy meta allows exactly the
// inline scripts and styles it holds (by hash) and no inline style attributes.
const pages = builtPages();
const html = new Map(pages.map((p) => [p, readFileSync(join(DIST, p), 'utf8')]));
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//iu;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'iu').exec(tag)?.[1] ?? null;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The CSP meta's directives, by name. */
function policy(page: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/iu.exec(html.get(page)!)?.[1];
  if (!meta) return null;
  return new Map(
    meta
      .replace(/&#39;/gu, "'")
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security of the built pages', () => {
  test('every external link has rel="noopener"', () => {
    const missing: string[] = [];
    for (const [page, text] of html) {
      for (const [tag] of text.matchAll(/<(?:a|area)\s[^>]*>/giu)) {
        const href = attr(tag, 'href');
        if (href && EXTERNAL.test(href) && !(attr(tag, 'rel') ?? '').split(/\s+/u).includes('noopener'))
          missing.push(`${page}: ${href}`);
      }
    }
    expect(missing.slice(0, 20)).toEqual([]);
  });

  test('nothing is loaded from another origin', () => {
    const thirdParty: string[] = [];
    for (const [page, text] of html) {
      for (const [tag] of text.matchAll(/<(?:script|img|iframe|source|audio|video|embed|object|link)\s[^>]*>/giu)) {
        if (/^<link/iu.test(tag) && /rel="(?:alternate|canonical|license)"/iu.test(tag)) continue;
        for (const name of ['src', 'href', 'data', 'srcset', 'poster']) {
          const value = attr(tag, name);
          if (value && EXTERNAL.test(value)) thirdParty.push(`${page}: ${tag.slice(0, 80)}`);
        }
      }
      for (const [, url] of text.matchAll(/url\(\s*['"]?((?:[a-z]+:)?\/\/[^'")]+)/giu))
        thirdParty.push(`${page}: url(${url})`);
    }
    expect(thirdParty.slice(0, 20)).toEqual([]);
  });

  test('the CSP allows no inline code but the hashed scripts and styles the page holds', () => {
    const problems: string[] = [];
    for (const [page, text] of html) {
      const csp = policy(page);
      if (!csp) {
        problems.push(`${page}: no Content-Security-Policy meta`);
        continue;
      }
      const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
      const styles = csp.get('style-src') ?? csp.get('default-src') ?? [];
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*'])
        if (scripts.includes(unsafe)) problems.push(`${page}: script-src allows ${unsafe}`);
      if (styles.includes("'unsafe-inline'")) problems.push(`${page}: style-src allows 'unsafe-inline'`);
      for (const [, open, body] of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/giu)) {
        if (!attr(open ?? '', 'src') && body!.trim() && !scripts.includes(sha256(body!)))
          problems.push(`${page}: an inline script is not in script-src`);
      }
      for (const [, body] of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/giu))
        if (!styles.includes(sha256(body!))) problems.push(`${page}: an inline style is not in style-src`);
      if (/<[^>]+\sstyle="/iu.test(text)) problems.push(`${page}: a style attribute, which the CSP blocks`);
      if (/<[^>]+\son[a-z]+="/iu.test(text)) problems.push(`${page}: an inline event handler, which the CSP blocks`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
