/** A run of text, marked when it is Chinese. */
export interface LangRun {
  text: string;
  zh: boolean;
}

// Chinese characters with the punctuation that belongs to them (full-width forms, 《》, “”).
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef《》〈〉]+(?:[\s·•\-—]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef《》〈〉]+)*/gu;

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

/**
 * Marks the Chinese in the text of rendered HTML (an English record body quoting a term) with
 * `<span lang="…">`, leaving tags and attributes as they are.
 */
export function markHanInHtml(html: string, langTag: string): string {
  return html.replace(/(^|>)([^<]+)/gu, (_, open: string, text: string) =>
    open + splitHan(text).map((r) => (r.zh ? `<span lang="${langTag}">${r.text}</span>` : r.text)).join(''),
  );
}
