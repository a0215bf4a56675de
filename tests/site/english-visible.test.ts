import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { hanShare, visibleText } from '../support/visible-text.ts';
import type { HtmlNode as Node } from '../support/html-node.ts';

// What an English reader sees: English everywhere, Chinese only as the original beside it.
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const EN = join(DIST, 'en');
const pages = existsSync(EN)
  ? (readdirSync(EN, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'))
  : [];
/** The full-text readers show untranslated passages in Chinese by design; every other page is English. */
const isReader = (page: string) => page.startsWith('sources/') && page !== 'sources/index.html';
/** Originals beside their English make up some Chinese; more than this share means untranslated text. */
const MAX_HAN_SHARE = 0.2;

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

/** Elements whose class list includes `cls`. */
function byClass(node: Node, cls: string, out: Node[] = []): Node[] {
  if ((attr(node, 'class') ?? '').split(/\s+/u).includes(cls)) out.push(node);
  for (const c of node.childNodes ?? []) byClass(c, cls, out);
  return out;
}

/** Text of a subtree that is not inside an element marked lang="zh…". */
function textOutsideZh(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if ((attr(node, 'lang') ?? '').startsWith('zh')) return '';
  return (node.childNodes ?? []).map(textOutsideZh).join('');
}

const html = (page: string) => readFileSync(join(EN, page), 'utf8');

describe.skipIf(pages.length === 0)('English pages as a reader sees them', () => {
  test('outside the readers, Han characters are a small share of the visible text', () => {
    const heavy = pages
      .filter((p) => !isReader(p))
      .map((p) => ({ p, share: hanShare(visibleText(html(p))) }))
      .filter((x) => x.share > MAX_HAN_SHARE)
      .map((x) => `en/${x.p}: ${(x.share * 100).toFixed(1)}% Han`);
    expect(heavy).toEqual([]);
  }, 120_000);

  test('every key figure shows an English value, not only the printed one', () => {
    const missing: string[] = [];
    for (const page of pages.filter((p) => !isReader(p))) {
      const doc = parse(html(page)) as unknown as Node;
      for (const el of [...byClass(doc, 'big-figure'), ...byClass(doc, 'figure-card__value')]) {
        if (!/[\p{L}\p{N}]/u.test(textOutsideZh(el))) missing.push(`en/${page}: ${collect(el).trim()}`);
      }
    }
    expect(missing.slice(0, 10)).toEqual([]);
  }, 120_000);

  test('the readers’ outlines are in English', () => {
    const chinese: string[] = [];
    for (const page of pages.filter(isReader)) {
      const doc = parse(html(page)) as unknown as Node;
      for (const toc of byClass(doc, 'reader__toc')) {
        const share = hanShare(collect(toc));
        if (share > MAX_HAN_SHARE) chinese.push(`en/${page}: outline ${(share * 100).toFixed(1)}% Han`);
      }
    }
    expect(chinese).toEqual([]);
  }, 120_000);
});

/** All text of a subtree. */
function collect(node: Node): string {
  return node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(collect).join(' ');
}

describe.skipIf(pages.length === 0)('translation status', () => {
  test('counts as missing or outdated exactly the passages the English readers show in Chinese or flag', () => {
    const status = html('translation-status/index.html');
    const rows = [...status.matchAll(/<tr data-doc="([^"]+)">.*?<\/tr>/gsu)].map((m) => {
      const [translated, outdated, missing] = [...m[0].matchAll(/<td class="[^"]*num[^"]*">(\d+)<\/td>/gu)].map((n) =>
        Number(n[1]),
      );
      return { slug: m[1]!, translated, outdated, missing };
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const reader = html(`sources/${row.slug}/index.html`);
      const untranslated = reader.match(/class="untranslated"/gu)?.length ?? 0;
      const flags = reader.match(/class="translation-flag"/gu)?.length ?? 0;
      expect({ slug: row.slug, missing: untranslated, outdated: flags - untranslated }).toEqual({
        slug: row.slug,
        missing: row.missing,
        outdated: row.outdated,
      });
    }
  }, 120_000);
});
