import type { SourceDocument } from '../../src/schemas/document.ts';
import { quotableTexts } from '../records/source-index.ts';

/** Endings that make a name platform-like: centres, labs, parks, bases, incubators, funds… */
const SUFFIXES = [
  '分中心', '中心', '分部', '实验室', '科技园', '示范园', '产业园', '园区', '基地', '孵化器', '平台', '网络', '信息网',
  '数据库', '技术库', '项目库', '需求库', '工作站', '众创空间', '星创天地', '基金', '示范区', '试验区', '保税仓',
];
/** Words that end the phrase before a name: verbs and particles that introduce it. */
const LEAD_INS = [
  '先后建成了', '建成了', '建设了', '建立了', '启动了', '设立了', '成立了', '组建', '搭建', '打造', '建成', '建设', '建立', '启动', '设立', '成立',
  '依托', '包括', '其中', '以及', '同时', '推进', '支持', '举办', '实施', '参与', '升级改造了', '发挥', '面向', '培育', '合作建立', '合作共建', '在已有',
  '的', '了', '在', '于', '及', '和', '由', '为', '向', '将', '把', '被', '等', '是', '有', '与中亚国家联合建立', '已在', '境外', '其', '各',
];
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9\-－—·•（）]/u;
/** What may follow a name's ending inside a sentence (`孵化器的建设`, `中心建设`). */
const AFTER_NAME = '(?![\\p{Script=Han}])|(?=[的建等和及与已将在为并开])';

/** Occurrences of platform-like names in the documents, with where each was found. */
export interface NameCandidate {
  name: string;
  doc: string;
  anchor: string;
}

/** The name ending at `end` in `text`, walking left until punctuation or a lead-in word. */
function nameEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start--;
  let name = text.slice(start, end);
  // Cut at the last lead-in word inside the phrase ("建设了中亚地质科技合作平台" → the platform).
  for (;;) {
    let cut = -1;
    for (const word of LEAD_INS) {
      const at = name.lastIndexOf(word);
      if (at >= 0 && at + word.length > cut && at + word.length < name.length - 1) cut = at + word.length;
    }
    if (cut <= 0) break;
    name = name.slice(cut);
  }
  // A count in front is not part of the name (`2家离岸孵化器`).
  return name.replace(/^\d+(?:\.\d+)?[个家条项所座处名]?/u, '');
}

/**
 * Finds platform-like names mechanically. Names in quotation marks are taken whole; others are
 * read back from their ending to the word that introduces them. The result is deliberately
 * generous: every name must then have a platform record or a reasoned exclusion.
 */
export function findPlatformNames(documents: readonly SourceDocument[]): NameCandidate[] {
  const out = new Map<string, NameCandidate>();
  const ending = new RegExp(`(?:${SUFFIXES.join('|')})(?:${AFTER_NAME}|(?=[（(]))`, 'gu');
  for (const doc of documents) {
    for (const node of doc.nodes) {
      for (const text of quotableTexts(node).slice(0, node.type === 'table' ? undefined : 1)) {
        for (const m of text.matchAll(/[“"]([^”"]{3,40})[”"]/gu)) {
          if (SUFFIXES.some((s) => m[1]!.endsWith(s))) add(out, { name: m[1]!, doc: doc.slug, anchor: node.id });
        }
        for (const m of text.matchAll(ending)) {
          const name = nameEndingAt(text, m.index + m[0].length);
          const balanced = name.split('（').length === name.split('）').length;
          if (balanced && [...name].length >= 4 && !SUFFIXES.includes(name)) add(out, { name, doc: doc.slug, anchor: node.id });
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh') || a.doc.localeCompare(b.doc));
}

/** The first occurrence of each name in each document: an exclusion may hold for one document only. */
function add(out: Map<string, NameCandidate>, c: NameCandidate) {
  const key = `${c.doc}\u0000${c.name}`;
  if (!out.has(key)) out.set(key, c);
}
