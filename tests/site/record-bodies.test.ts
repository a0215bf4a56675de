import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { loadCurated } from '../../scripts/records/load-curated.ts';
import type { RecordBody } from '../../src/lib/record-body.ts';
import { bodyParts } from '../../src/lib/record-body-text.ts';
import { printedToEnglish } from '../../src/lib/quantity-en.ts';
import { withoutHan } from '../../src/lib/split-han.ts';
import { DIST } from '../support/dist.ts';
import type { HtmlNode } from '../support/html-node.ts';

// What a reader sees of a record's MDX body on the built pages: every platform, event and case page renders
// its body in the page's language, Markdown lists and tables as lists and tables, quotes linked to their
// anchored source, links to the records and figures they name; the meta description is the same text.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const curated = loadCurated(`${ROOT}content/curated`);
const records = [
  ...curated.platforms.map((r) => ({ ...r, route: 'platforms' })),
  ...curated.events.map((r) => ({ ...r, route: 'timeline' })),
  ...curated.cases.map((r) => ({ ...r, route: 'cases' })),
];

/** A key figure reads as its printed value, in English through the one converter. */
const figure = (id: string, lang: 'zh' | 'en') => {
  const printed = curated.figures.find((f) => f.id === id)?.printed ?? '';
  return lang === 'zh' ? printed : (printedToEnglish(printed) ?? printed);
};

const attr = (n: HtmlNode, name: string) => n.attrs?.find((a) => a.name === name)?.value;
function find(n: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode | undefined {
  if (test(n)) return n;
  for (const c of n.childNodes ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}
function all(n: HtmlNode, test: (n: HtmlNode) => boolean, out: HtmlNode[] = []): HtmlNode[] {
  if (test(n)) out.push(n);
  for (const c of n.childNodes ?? []) all(c, test, out);
  return out;
}
/** Text of a subtree; `outsideZh` leaves out what is marked lang="zh…". */
function text(n: HtmlNode, outsideZh = false): string {
  if (n.nodeName === '#text') return n.value ?? '';
  if (outsideZh && attr(n, 'lang')?.startsWith('zh')) return '';
  return (n.childNodes ?? []).map((c) => text(c, outsideZh)).join('');
}

const blocksOf = (prose: RecordBody, lang: 'zh' | 'en') =>
  prose.blocks
    .filter((b) => b.lang === lang)
    .map((b) => b.source)
    .join('\n');

describe.skipIf(!existsSync(`${DIST}zh/`))('record bodies on the built pages', () => {
  test.each(records.map((r) => [`${r.route}/${r.id}`, r] as const))('%s renders its body in zh and en', (_, r) => {
    for (const lang of ['zh', 'en'] as const) {
      const html = readFileSync(`${DIST}${lang}/${r.route}/${r.id}/index.html`, 'utf8');
      const doc = parse(html) as unknown as HtmlNode;
      const body = find(doc, (n) => attr(n, 'class') === 'record-body');
      expect(body, `${lang} page has a record body`).toBeDefined();
      const visible = text(body!).trim();
      expect(visible.length, lang).toBeGreaterThan(1);
      // One language per page: the Chinese page shows the Chinese block, the English page the English one,
      // with any Chinese it quotes marked as such.
      if (lang === 'zh') expect(visible).toMatch(/\p{Script=Han}/u);
      else expect(text(body!, true)).not.toMatch(/\p{Script=Han}/u);

      const source = blocksOf(r.prose, lang);
      if (/^\s*(?:[-*+]|\d+\.)\s/mu.test(source))
        expect(
          find(body!, (n) => n.nodeName === 'li'),
          'a Markdown list renders as one',
        ).toBeDefined();
      if (/^\|.*\|\s*$/mu.test(source))
        expect(
          find(body!, (n) => n.nodeName === 'table'),
          'a GFM table renders as one',
        ).toBeDefined();

      const hrefs = all(body!, (n) => n.nodeName === 'a').map((a) => attr(a, 'href') ?? '');
      for (const q of r.prose.quotes.filter((x) => source.includes(`anchor="${x.anchor}"`))) {
        // A paragraph's own anchor, or the row of a table the quote is from (links.test.ts checks it exists).
        const lands = (h: string) =>
          h.startsWith(`/${lang}/sources/${q.doc}/`) && (h.endsWith(`#${q.anchor}`) || /#r-/u.test(h));
        expect(hrefs.some(lands), `quote links to ${q.doc}#${q.anchor}`).toBe(true);
      }
      for (const ref of r.prose.references.filter((x) => source.includes(`id="${x.id}"`))) {
        const pattern = ref.component === 'FigureRef' ? `/${lang}/figures/${ref.id}/` : `/${ref.id}/`;
        expect(
          hrefs.some((h) => h.startsWith(`/${lang}/`) && h.endsWith(pattern)),
          `${ref.component} ${ref.id}`,
        ).toBe(true);
      }

      // Lists, search, data files and meta descriptions show the body's text, read in one place.
      const description = attr(
        find(doc, (n) => n.nodeName === 'meta' && attr(n, 'name') === 'description')!,
        'content',
      )!;
      const first = [...bodyParts(r.prose, { figure }).values()][0]![lang];
      expect(description).toBe(lang === 'en' ? withoutHan(first) : first);
    }
  });
});
