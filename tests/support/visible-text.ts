import { parse } from 'parse5';

/** A parse5 node, as far as reading visible text needs. */
interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

/** Elements whose content a reader does not see as page text. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head']);
const HAN = /\p{Script=Han}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** The text a reader sees on a page (no head, scripts, styles or `hidden`/`aria-hidden` subtrees). */
export function visibleText(html: string): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') return void out.push(node.value ?? '');
    if (HIDDEN.has(node.nodeName)) return;
    if (node.attrs?.some((a) => a.name === 'hidden' || (a.name === 'aria-hidden' && a.value === 'true'))) return;
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(html) as unknown as Node);
  return out.join(' ');
}

/**
 * Share of Han characters among the letters and digits a reader sees. One Han character is
 * counted like one Latin letter, which understates Chinese: a share of 0.2 is already much text.
 */
export function hanShare(text: string): number {
  const all = text.match(LETTER_OR_DIGIT)?.length ?? 0;
  return all === 0 ? 0 : (text.match(HAN)?.length ?? 0) / all;
}
