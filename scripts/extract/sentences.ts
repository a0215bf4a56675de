/** A sentence (or clause) of a text with where it starts, so a quote can be cut from the text as printed. */
export interface Sentence {
  text: string;
  start: number;
}

const split = (text: string, stops: RegExp): Sentence[] => {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(stops)) {
    const end = m.index + m[0].length;
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
};

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/[。！？；;，,、：:]+$/u, '');
  if (body.length >= 2) out.push({ text: body, start: start + lead });
}

/** Sentences ending in 。！？ or ；, without the stop itself (quotes then read cleanly). */
export const sentencesOf = (text: string): Sentence[] => split(text, /[。！？；;]+/gu);

/** Clauses: sentences further cut at commas and colons, where a figure's subject is printed. */
export const clausesOf = (text: string): Sentence[] => split(text, /[。！？；;，,：:]+/gu);
