import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { mentions, namesIn } from '../../src/lib/glossary-consistency.ts';
import { readGlossary } from '../../src/lib/read-glossary.ts';
import type { HtmlNode as Node } from '../support/html-node.ts';

// One English name per body, as readers see it on the built English pages.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EN = join(ROOT, 'dist', 'en');
const pages = existsSync(EN)
  ? (readdirSync(EN, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'))
  : [];
const glossary = readGlossary(join(ROOT, 'content/curated/glossary'));

const HIDDEN = new Set(['script', 'style', 'template', 'head']);
/** Quoted evidence is shown as printed; its English is the passage's in the side-by-side reader. */
const QUOTE = new Set(['blockquote']);

/** Visible text of a page split by language: what is marked lang="zh…" and what is English. */
function textByLanguage(html: string): { zh: string[]; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  const walk = (n: Node, inZh: boolean): void => {
    if (n.nodeName === '#text') return void (inZh ? zh : en).push(n.value ?? '');
    if (HIDDEN.has(n.nodeName) || QUOTE.has(n.nodeName)) return;
    const lang = n.attrs?.find((a) => a.name === 'lang')?.value;
    const here = lang === undefined ? inZh : lang.startsWith('zh');
    if (here && !inZh) zh.push('\n');
    for (const c of n.childNodes ?? []) walk(c, here);
  };
  walk(parse(html) as unknown as Node, false);
  // Addresses and citation keys shown as text (cite panels) carry record ids, which are not names.
  const english = en
    .join(' ')
    .replace(/https?:\/\/\S+/gu, ' ')
    .replace(/[\p{Ll}\d]+(?:-[\p{Ll}\d]+){2,}/gu, ' ');
  return { zh: zh.join('').split('\n'), en: english };
}

/** The readers translate passage by passage; their names are checked against the translations (unit tests). */
const isReader = (page: string) => page.startsWith('sources/') && page !== 'sources/index.html';

describe.skipIf(pages.length === 0)('English names on the built English pages', () => {
  const texts = pages.map((page) => ({ page, ...textByLanguage(readFileSync(join(EN, page), 'utf8')) }));

  test('a body named in Chinese on a page is named there by its one English name', () => {
    const missing: string[] = [];
    for (const { page, zh, en } of texts.filter((x) => !isReader(x.page))) {
      for (const entry of new Set(zh.flatMap((run) => namesIn(run, glossary)))) {
        if (![entry.en, ...entry.enAliases].some((name) => mentions(en, name)))
          missing.push(`en/${page}: ${entry.zh} without “${entry.en}”`);
      }
    }
    expect(missing.slice(0, 40)).toEqual([]);
  }, 120_000);

  test('no English form the glossary rejects appears on any English page', () => {
    const found: string[] = [];
    for (const { page, en } of texts) {
      for (const entry of glossary)
        for (const form of entry.enRejected)
          if (mentions(en, form)) found.push(`en/${page}: “${form}” (the glossary's name is “${entry.en}”)`);
    }
    expect(found.slice(0, 40)).toEqual([]);
  }, 120_000);
});
