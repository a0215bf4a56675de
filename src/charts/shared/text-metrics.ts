/**
 * Text width estimates for build-time layout, where no browser measures text. CJK characters
 * are one em wide; Latin letters about half an em. Estimates err on the wide side.
 */

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Estimated width of `text` in px at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[.,:;'’|!()[\]·]/u.test(ch)) em += 0.3;
    else if (/[A-Z%&—–MW@mw\p{Sm}\p{Script=Greek}]/u.test(ch)) em += 0.72;
    else em += 0.56;
  }
  return em * fontSize;
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces for English, between characters
 * for Chinese (never before closing punctuation). A word longer than a line stays whole.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[\p{Script=Han}][，。、；：）》”]*|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Text cut to fit `maxWidth`, ending in an ellipsis when cut. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
