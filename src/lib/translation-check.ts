import type { DocNode, SourceDocument } from '../schemas/document.ts';
import { sourceHash } from './source-hash.ts';
import { englishNumbers, sourceNumbers, unmatchedNumbers } from './english-numbers.ts';
import { quantityToEnglish, splitTokens } from './quantity-en.ts';
import type { TranslatedNode, Translation } from '../schemas/translation.ts';

/** Translation state of one node, as the status page counts it. */
export type NodeStatus = 'translated' | 'outdated' | 'missing';

export interface TranslationReport {
  status: Map<string, NodeStatus>;
  /** Problems that make a translation wrong, not just incomplete. */
  problems: string[];
}

const HAN = /\p{Script=Han}/u;

/** The text around its first Chinese character, so a problem in a long paragraph shows where it is. */
function around(text: string): string {
  if (text.length <= 100) return text.trim();
  const at = text.search(HAN);
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 40).trim()}${at + 40 < text.length ? '…' : ''}`;
}

/** Checks one English text against its source: tokens real, no stray Chinese, no number lost or invented. */
function checkText(where: string, en: string, source: string): string[] {
  const problems: string[] = [];
  const plain: string[] = [];
  const tokenized: string[] = [];
  for (const part of splitTokens(en)) {
    if (part.kind === 'text') {
      if (HAN.test(part.text))
        problems.push(`${where}: Chinese characters outside a {{…}} token: “${around(part.text)}”`);
      plain.push(part.text);
      continue;
    }
    if (!source.replace(/\s+/gu, '').includes(part.zh.replace(/\s+/gu, '')))
      problems.push(`${where}: token {{${part.zh}}} is not in the source text`);
    try {
      quantityToEnglish(part.zh);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
    tokenized.push(part.zh);
  }
  // Numbers are compared after conversion (5亿 → 500 million, 20 世纪 80 年代 → 1980s): see english-numbers.ts.
  const english = englishNumbers(plain.join(' '));
  for (const n of unmatchedNumbers(plain.join(' '), [source], { scaled: false }))
    problems.push(`${where}: the number ${n} is not in the source`);
  for (const n of sourceNumbers(source, { scaled: false })) {
    if (n.datepart || n.words) continue;
    const inTokens = tokenized.some((t) => t.includes(n.printed));
    if (!inTokens && !n.forms.some((f) => english.includes(f)))
      problems.push(`${where}: the source number ${n.printed} is missing from the English`);
  }
  return problems;
}

function checkNode(node: DocNode, t: TranslatedNode, doc: string): string[] {
  const where = `${doc}#${node.id}`;
  if (node.type === 'table') {
    const problems: string[] = [];
    if (!t.cells || t.cells.length !== node.rows.length || t.cells.some((r, i) => r.length !== node.rows[i]!.length))
      return [`${where}: cells do not have the source table's shape`];
    if (node.caption && !t.caption?.trim()) problems.push(`${where}: caption not translated`);
    if (node.caption && t.caption) problems.push(...checkText(`${where} caption`, t.caption, node.caption.text));
    node.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const en = t.cells![r]![c]!;
        if (cell.text && !en.trim()) problems.push(`${where}: cell ${r + 1},${c + 1} not translated`);
        else if (!cell.text && en.trim()) problems.push(`${where}: cell ${r + 1},${c + 1} is empty in the source`);
        else if (en) problems.push(...checkText(`${where} cell ${r + 1},${c + 1}`, en, cell.text));
      }),
    );
    return problems;
  }
  if (!t.en?.trim()) return [`${where}: not translated`];
  return checkText(where, t.en, node.type === 'artifact' ? node.raw : node.text);
}

/**
 * Compares a translation with its source document: which nodes are translated, outdated (the
 * source text changed since) or missing, and what is wrong in the translated ones.
 */
export function checkTranslation(doc: SourceDocument, translation: Translation | undefined): TranslationReport {
  const status = new Map<string, NodeStatus>();
  const problems: string[] = [];
  const byAnchor = new Map((translation?.nodes ?? []).map((n) => [n.anchor, n]));
  const anchors = new Set(doc.nodes.map((n) => n.id));
  for (const node of doc.nodes) {
    if (node.type === 'artifact') continue;
    const t = byAnchor.get(node.id);
    if (!t) {
      status.set(node.id, 'missing');
      continue;
    }
    if (t.hash !== sourceHash(node)) {
      status.set(node.id, 'outdated');
      continue;
    }
    const nodeProblems = checkNode(node, t, doc.slug);
    const untranslated = nodeProblems.some((p) => / not translated$/u.test(p));
    status.set(node.id, untranslated ? 'missing' : 'translated');
    problems.push(...nodeProblems.filter((p) => !/ not translated$/u.test(p)));
  }
  for (const t of translation?.nodes ?? [])
    if (!anchors.has(t.anchor))
      problems.push(`${doc.slug}#${t.anchor}: translation of an anchor the source no longer has`);
  return { status, problems };
}
