/**
 * Query handling in front of Pagefind, pure so it is tested without a browser:
 * - `planQuery`: glossary names in the query become whole-name tokens (src/lib/search-names.ts),
 *   in either language, so an English name on the Chinese page and 哈国 both find 哈萨克斯坦;
 * - `correctWord`: a word no page contains is replaced by a word that does — one of the same
 *   stem (acquisition → acquired) or, failing that, the nearest by edit distance (Kazakstan →
 *   Kazakhstan) — for the “did you mean” note;
 * - `rerank`: among the first results, records whose title names what the query asks for come
 *   before pages that merely repeat the words (country pages, directories, whole documents).
 */
import { nameToken, namesInQuery, type NameHit, type SearchName } from './search-names.ts';

export type Lang = 'zh' | 'en';

export interface QueryPlan {
  /** The query as typed. */
  query: string;
  /** What Pagefind is asked. */
  pagefind: string;
  /** The names recognised, in query order. */
  names: NameHit[];
  /** The other words, as typed. */
  words: string[];
}

const isHan = (s: string) => /\p{Script=Han}/u.test(s);
/** Words are split at spaces and punctuation; numbers and `〔2018〕44号` stay whole. */
export const splitWords = (s: string): string[] => s.split(/[\s,;，；、。:：!?！？()（）“”"'‘’]+/u).filter(Boolean);

/**
 * Words that carry no subject in a question (“when did … establish”, “…建了什么…”): left out of
 * what Pagefind must match, since every word must match and few pages say “which” or “什么”.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by did do does for from had has have how in is it its of on or that the their this to was ' +
    'were what when where which who whom why with much many there into about between ' +
    '的 了 吗 呢 吧 啊 是 有 在 和 与 及 向 把 被 对 从 为 什么 哪 哪些 哪个 哪一年 哪年 哪里 多少 几 怎么 怎样 如何 谁 个 一 些'
  ).split(' '),
);

/** Han runs split into words by the browser's segmenter (Intl.Segmenter, as Pagefind's query side). */
function segmentHan(word: string): string[] {
  if (!/\p{Script=Han}/u.test(word) || typeof Intl.Segmenter === 'undefined') return [word];
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...seg.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The words that must match: Han runs segmented, question words left out (unless nothing else is left). */
export function contentWords(words: readonly string[]): string[] {
  const split = words.flatMap((w) => (/\p{Script=Han}/u.test(w) && [...w].length > 4 ? segmentHan(w) : [w]));
  const kept = split.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return kept.length && kept.length < split.length ? kept : [...words];
}

/** The words of a query with the recognised names blanked out. */
function otherWords(query: string, names: readonly NameHit[]): string[] {
  let rest = query;
  for (const h of names) rest = rest.slice(0, h.start) + ' '.repeat(h.end - h.start) + rest.slice(h.end);
  return splitWords(rest);
}

/** The name as this language's pages print it. */
export const nameIn = (lang: Lang, n: SearchName): string => (lang === 'zh' ? n.zh : n.en);

export function planQuery(query: string, names: readonly SearchName[], lang: Lang): QueryPlan {
  const hits = namesInQuery(query, names);
  const words = contentWords(otherWords(query, hits));
  // With other words, a name is its token only: the words rank the pages that hold the name.
  // A query of names alone keeps their printed form too, so the page about the name ranks first.
  const nameTerms = hits.map((h) =>
    words.length ? nameToken(h.name.zh) : `${nameIn(lang, h.name)} ${nameToken(h.name.zh)}`,
  );
  return { query, pagefind: [...nameTerms, ...words].join(' '), names: hits, words };
}

/** The query's parts: each name as typed, then each other word. */
export const unitsOf = (plan: QueryPlan): string[] => [
  ...plan.names.map((h) => plan.query.slice(h.start, h.end)),
  ...plan.words,
];

/** Restricted Damerau–Levenshtein distance (a swap of neighbours costs one). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0]![j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[x.length]![y.length]!;
}

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** How many edits a word of this length may be away from the word it was meant to be. */
const allowedEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * A word the pages contain for one they do not: a word sharing a long stem (≥ 5 letters and
 * most of the shorter word), else the nearest within a length-dependent edit distance. Latin
 * words only; `vocabulary` is sorted, lower-case. Null when nothing is close enough.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | null {
  const w = word.toLowerCase();
  if (isHan(w) || w.length < 3) return null;
  let best: { word: string; rank: number } | null = null;
  for (const v of vocabulary) {
    if (v === w) return null;
    const prefix = commonPrefix(w, v);
    const stem = prefix >= 5 && prefix >= 0.6 * Math.min(w.length, v.length);
    const edits = Math.abs(v.length - w.length) <= 3 ? editDistance(w, v) : Infinity;
    if (!stem && edits > allowedEdits(w.length)) continue;
    // Spelling first (one or two edits), then stems; ties go to the longer shared prefix.
    const rank =
      (edits <= allowedEdits(w.length) ? edits : 10 + (Math.max(w.length, v.length) - prefix)) - prefix / 100;
    if (!best || rank < best.rank) best = { word: v, rank };
  }
  return best?.word ?? null;
}

export interface RankedResult {
  url: string;
  score: number;
  title: string;
  kind: string;
  /** Other names the record has (the `aliases` and `original` meta fields). */
  alsoKnownAs: string;
}

/** Kinds of page that collect many records: they answer a query only when their title is it. */
const BROAD_KINDS = new Set(['country', 'document', 'page']);

/** Does a title contain a query word: Chinese as a substring, Latin by a shared stem. */
function titleHas(title: string, word: string): boolean {
  const t = title.toLowerCase();
  const w = word.toLowerCase();
  if (isHan(w) || /\d|[^\p{L}]/u.test(w)) return t.includes(w);
  const stem = w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w;
  return t.split(/[^\p{L}\p{N}]+/u).some((tw) => tw.startsWith(stem));
}

/**
 * Re-orders the first results: Pagefind's score (normalised to the best) plus how much of the
 * query the title covers and how much of the title the query covers; a broad page whose title
 * leaves part of the query unanswered is halved. Stable for equal scores.
 */
export function rerank<T extends RankedResult>(results: readonly T[], plan: QueryPlan, lang: Lang): T[] {
  const units = [...plan.names.map((h) => h.name), ...plan.words];
  if (!units.length || !results.length) return [...results];
  const top = Math.max(...results.map((r) => r.score)) || 1;
  const scored = results.map((r, i) => {
    const label = `${r.title} ${r.alsoKnownAs}`;
    let covered = 0;
    let coveredChars = 0;
    for (const u of units) {
      const forms = typeof u === 'string' ? [u] : [nameIn(lang, u), ...u.forms];
      const found = forms.find((f) => titleHas(label, f));
      if (found) {
        covered++;
        if (r.title.toLowerCase().includes(found.toLowerCase())) coveredChars += [...found].length;
      }
    }
    const queryCoverage = covered / units.length;
    const titleCoverage = Math.min(1, coveredChars / Math.max(1, [...r.title.replace(/\s+/gu, '')].length));
    let score = r.score / top + queryCoverage + 0.5 * titleCoverage;
    if (BROAD_KINDS.has(r.kind) && queryCoverage < 1) score *= 0.5;
    return { r, i, score };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return diversify(scored.map((s) => s.r));
}

/** How many of the first results one kind may fill, so an overview of another kind gets a place. */
const TOP = 5;
const SAME_KIND = 3;

/**
 * Keeps at most three results of one kind among the first five (eight similar events must not
 * push the table that lists them all off the first screen); the others follow in order.
 */
export function diversify<T extends { kind: string }>(results: readonly T[]): T[] {
  const out: T[] = [];
  const later: T[] = [];
  for (const r of results) {
    if (out.length < TOP && out.filter((o) => o.kind === r.kind).length >= SAME_KIND) later.push(r);
    else {
      if (out.length === TOP) out.push(...later.splice(0));
      out.push(r);
    }
  }
  return [...out, ...later];
}

const BOUNDARY = /[\s，。、；：！？,.;:!?()（）“”《》]/u;
const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * Starts an excerpt at a word boundary: Pagefind cuts at its own segments, so Chinese excerpts
 * opened with the tail of a name (“斯坦建立…”). Looks the excerpt up in the page text and extends
 * it back to the previous space or punctuation (at most 12 characters), else marks the cut “…”.
 */
export function excerptFromBoundary(excerpt: string, content: string): string {
  const plain = excerpt
    .replace(/<[^>]+>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
  const probe = plain.slice(0, 16);
  const at = probe ? content.indexOf(probe) : -1;
  if (at <= 0 || BOUNDARY.test(content[at - 1]!)) return excerpt;
  for (let i = at - 1; i >= Math.max(0, at - 12); i--) {
    if (BOUNDARY.test(content[i]!)) return escapeHtml(content.slice(i + 1, at)) + excerpt;
    if (i === 0) return escapeHtml(content.slice(0, at)) + excerpt;
  }
  return `…${excerpt}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Marks what the query asked for in an excerpt, from scratch: Pagefind marks its own segments
 * (<mark>塔吉克</mark><mark>斯坦</mark>, and 斯坦 inside 哈萨克斯坦). Names are marked whole,
 * Chinese words as substrings, Latin words where a word starts with their stem. The excerpt
 * is Pagefind's escaped text with <mark> tags only.
 */
export function highlight(excerpt: string, plan: QueryPlan, lang: Lang): string {
  const text = excerpt.replace(/<\/?mark>/gu, '');
  const ranges: [number, number][] = [];
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  };
  for (const h of plan.names) {
    for (const f of new Set([nameIn(lang, h.name), ...h.name.forms])) {
      if (isHan(f)) add(new RegExp(escapeRe(escapeHtml(f)), 'gu'));
      else if (f.length >= 3) add(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(escapeHtml(f))}(?![\\p{L}\\p{N}])`, 'giu'));
    }
  }
  for (const w of plan.words) {
    if (isHan(w) || /\d/u.test(w)) add(new RegExp(escapeRe(escapeHtml(w)), 'giu'));
    else {
      const stem = w.length > 5 ? w.slice(0, Math.max(4, w.length - 3)) : w;
      add(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(stem)}[\\p{L}\\p{N}]*`, 'giu'));
    }
  }
  if (!ranges.length) return excerpt;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    out += `${text.slice(at, s)}<mark>${text.slice(s, e)}</mark>`;
    at = e;
  }
  return out + text.slice(at);
}
