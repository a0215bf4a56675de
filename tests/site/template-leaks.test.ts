import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import type { HtmlNode as Node } from '../support/html-node.ts';

// Every built page, both languages: what a reader sees or hears holds no template source and no
// placeholder of a value that went missing. A template expression that ends up in a string (a
// `$<Component …/>` inside a template literal, `{{…}}` left unconverted, a number that became NaN)
// renders as text, so the check reads text nodes and the attributes people see, never markup.
const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = existsSync(DIST)
  ? (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'))
  : [];
const VISIBLE_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder', 'value']);
// Raw-text elements a reader never sees as text.
const HIDDEN = new Set(['script', 'style', 'template']);

/** Each fault: a name, the pattern it matches in visible text, and whether code listings may hold it. */
const LEAKS: readonly { name: string; pattern: RegExp; inCode?: boolean }[] = [
  { name: 'template interpolation', pattern: /\$<|\$\{/u },
  { name: 'JSX attribute', pattern: /\w=\{/u },
  { name: 'component tag as text', pattern: /<\/?[A-Z][A-Za-z]*[\s/>]/u },
  { name: 'object printed', pattern: /\[object \w+\]/u },
  { name: 'undefined', pattern: /\bundefined\b/u },
  { name: 'NaN', pattern: /\bNaN\b/u },
  // BibTeX and CSL-JSON listings (<pre>) use doubled braces by design.
  { name: 'placeholder braces', pattern: /\{\{|\}\}/u, inCode: true },
];

interface Visible {
  text: string;
  code: boolean;
}

/** Visible strings of a parsed page: text nodes outside raw-text elements and visible attributes. */
function visibleStrings(node: Node, code: boolean, out: Visible[]): void {
  if (node.nodeName === '#text') {
    out.push({ text: node.value ?? '', code });
    return;
  }
  if (HIDDEN.has(node.nodeName)) return;
  for (const a of node.attrs ?? []) if (VISIBLE_ATTRIBUTES.has(a.name)) out.push({ text: a.value, code: false });
  const isDescription =
    node.nodeName === 'meta' && node.attrs?.some((a) => a.name === 'name' && a.value === 'description');
  if (isDescription) out.push({ text: node.attrs?.find((a) => a.name === 'content')?.value ?? '', code: false });
  const inCode = code || node.nodeName === 'pre';
  for (const child of node.childNodes ?? []) visibleStrings(child, inCode, out);
  if (node.content) visibleStrings(node.content, inCode, out);
}

/** The faults found in one page's HTML, each with the text around it. */
export function leaksIn(html: string): string[] {
  // scriptingEnabled: false parses <noscript> content as markup, which is what a reader without JS sees.
  const doc = parse(html, { scriptingEnabled: false }) as unknown as Node;
  const strings: Visible[] = [];
  visibleStrings(doc, false, strings);
  const found: string[] = [];
  for (const { text: s, code } of strings) {
    for (const { name, pattern, inCode } of LEAKS) {
      if (code && inCode) continue;
      const m = pattern.exec(s);
      if (m) found.push(`${name}: “${s.slice(Math.max(0, m.index - 30), m.index + 40).trim()}”`);
    }
  }
  return found;
}

describe('leaksIn', () => {
  test('finds a component written into a string', () => {
    expect(leaksIn('<p>2019 $&lt;LangText text={x.title[locale]} locale={locale} /&gt;</p>')).toHaveLength(3);
  });
  test('finds missing values and unconverted placeholders', () => {
    const html = '<p>[object Object]</p><p>undefined</p><p title="NaN">x</p><p>{{285亿美元}}</p>';
    expect(leaksIn(html)).toHaveLength(4);
  });
  test('allows braces in code listings only', () => {
    expect(leaksIn('<pre>title = {{Yearbook}}</pre>')).toEqual([]);
    expect(leaksIn('<pre>$&lt;LangText /&gt;</pre>')).not.toEqual([]);
  });
  test('ignores scripts, styles and markup', () => {
    expect(leaksIn('<script>if (x === undefined) a={b}</script><style>a{}</style><p class="x">fine</p>')).toEqual([]);
  });
});

describe.skipIf(pages.length === 0)('every built page', () => {
  test('covers both languages', () => {
    expect(pages.some((p) => p.startsWith('zh/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('en/'))).toBe(true);
  });

  test('shows no template source or placeholder in visible text', { timeout: 300_000 }, () => {
    const problems: string[] = [];
    for (const page of pages) {
      const found = leaksIn(readFileSync(join(DIST, page), 'utf8'));
      if (found.length) problems.push(`${page}: ${found.slice(0, 3).join(' | ')}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
