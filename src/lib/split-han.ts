/** A run of text, marked when it is Chinese. */
export interface LangRun {
  text: string;
  zh: boolean;
}

// Chinese characters with the punctuation that belongs to them (full-width forms, 《》, “”).
const CHINESE_RUN =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef《》〈〉]+(?:[\s·•\-—]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef《》〈〉]+)*/gu;

/**
 * Splits English text that quotes Chinese (`a 10-gigawatt-class (千万千瓦级) base`) into runs, so
 * the Chinese can carry lang="zh" for screen readers, fonts and search.
 */
export function splitHan(text: string): LangRun[] {
  const runs: LangRun[] = [];
  let last = 0;
  for (const m of text.matchAll(CHINESE_RUN)) {
    if (!/\p{Script=Han}/u.test(m[0])) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}

/** The text with its Chinese removed, for places that cannot hold markup (page titles). */
export const withoutHan = (text: string): string =>
  splitHan(text)
    .filter((r) => !r.zh)
    .map((r) => r.text)
    .join('')
    .replace(/\(\s*\)|（\s*）/gu, '')
    .replace(/\s{2,}/gu, ' ')
    .trim();

// Elements without an end tag, which open no scope.
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source']);

/**
 * Marks the Chinese in the text of rendered HTML (an English record body quoting a term) with
 * `<span lang="…">`, leaving tags, attributes and text already inside a `lang` element as they are.
 */
export function markHanInHtml(html: string, langTag: string): string {
  const marked: boolean[] = [];
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|[^<]+/gu, (token, close: string, tag: string, attrs: string) => {
    if (tag === undefined) {
      if (marked.includes(true)) return token;
      return splitHan(token)
        .map((r) => (r.zh ? `<span lang="${langTag}">${r.text}</span>` : r.text))
        .join('');
    }
    if (close) marked.pop();
    else if (!VOID.has(tag.toLowerCase()) && !attrs.endsWith('/')) marked.push(/\slang=/u.test(attrs));
    return token;
  });
}
