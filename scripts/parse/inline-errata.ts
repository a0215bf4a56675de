import type { ErratumKind, Inline } from '../../src/schemas/document.ts';

interface Pattern {
  erratum: ErratumKind;
  display: 'flag' | 'omit';
  regex: RegExp;
}

/** Conversion leftovers recognised inside a line of text, in the order they are tried. */
const PATTERNS: readonly Pattern[] = [
  { erratum: 'bookmark', display: 'omit', regex: /\[bookmark:[^\]\n]*\]/u },
  { erratum: 'image-placeholder', display: 'omit', regex: /\[image:[^\]\n]*\]/u },
  { erratum: 'markup', display: 'omit', regex: /\*\*[^*\n]+\*\*/u },
  // A lowercase English word between Chinese characters is a translation slip (`机构 and 高校`);
  // upper-case acronyms such as GMP, TBM or R&D are genuine and untouched.
  { erratum: 'latin-in-cjk', display: 'flag', regex: /(?<=\p{Script=Han}\s?)[a-z]{2,}(?=\s?\p{Script=Han})/u },
];

/** Splits text into plain runs and errata, keeping every character in exactly one piece. */
export function scanInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    let best: { index: number; raw: string; pattern: Pattern } | null = null;
    for (const pattern of PATTERNS) {
      const m = pattern.regex.exec(rest);
      if (m && (best === null || m.index < best.index)) best = { index: m.index, raw: m[0], pattern };
    }
    if (!best) {
      pushText(out, rest);
      break;
    }
    pushText(out, rest.slice(0, best.index));
    out.push({ kind: 'erratum', erratum: best.pattern.erratum, raw: best.raw, display: best.pattern.display });
    rest = rest.slice(best.index + best.raw.length);
  }
  return out;
}

/** Appends text, merging with a preceding text run. */
export function pushText(out: Inline[], text: string): void {
  if (!text) return;
  const last = out.at(-1);
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** The text a quote is checked against: flagged errata stay, omitted ones go. */
export function cleanText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.kind === 'text' ? i.text : i.display === 'flag' ? i.raw : ''))
    .join('')
    .trim();
}

/** Every character as printed, errata included, for accounting. */
export function rawText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : i.raw)).join('');
}

/** Strips leading leftovers (`[bookmark: …]`) so a numbering marker behind them is still seen. */
export function leadingErrata(text: string): { errata: Inline[]; rest: string } {
  const errata: Inline[] = [];
  let rest = text;
  for (;;) {
    const inl = scanInlines(rest)[0];
    if (inl?.kind !== 'erratum' || !rest.startsWith(inl.raw)) break;
    errata.push(inl);
    rest = rest.slice(inl.raw.length).trimStart();
  }
  return { errata, rest };
}
