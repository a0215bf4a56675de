import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist.ts';
import type { HtmlNode as Node } from '../support/html-node.ts';

// Every English page: Chinese characters only inside elements marked lang="zh…", in text and
// in the attributes people hear or see (title, alt, aria-label, placeholder), and in <title>.
const pages = builtPages()
  .filter((f) => f.startsWith('en/'))
  .map((f) => f.slice('en/'.length));
const HAN = /\p{Script=Han}/u;
const SPOKEN_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder']);

/** Chinese text that is not inside a zh-marked element, with the element it sits in. */
function strayChinese(node: Node, lang: string, out: string[]): void {
  const own = node.attrs?.find((a) => a.name === 'lang')?.value;
  const current = own ?? lang;
  if (node.nodeName === '#text') {
    if (HAN.test(node.value ?? '') && !current.startsWith('zh')) out.push((node.value ?? '').trim().slice(0, 60));
    return;
  }
  if (node.nodeName === 'script' || node.nodeName === 'style') return;
  for (const a of node.attrs ?? [])
    if (SPOKEN_ATTRIBUTES.has(a.name) && HAN.test(a.value) && !current.startsWith('zh'))
      out.push(`@${a.name}: ${a.value.slice(0, 60)}`);
  for (const child of node.childNodes ?? []) strayChinese(child, current, out);
}

describe('English pages', () => {
  test('have Chinese only inside elements marked lang="zh"', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const doc = parse(readFileSync(join(DIST, 'en', page), 'utf8')) as unknown as Node;
      const found: string[] = [];
      strayChinese(doc, '', found);
      if (found.length) problems.push(`en/${page}: ${found.slice(0, 3).join(' | ')}`);
    }
    expect(problems.slice(0, 15)).toEqual([]);
  }); // reads every English page: the site project's budget (vitest.config.ts) is sized for a loaded machine
});
