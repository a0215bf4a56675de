import { SourceError } from './source-error.ts';
import { charLength, displayWidth, endsTerminal } from './text.ts';

/** What a single physical line of a seed is, before paragraphs are formed. */
export type LineKind = 'blank' | 'text' | 'tab-row' | 'cell-line' | 'image-file';

export interface SourceLine {
  /** 1-based line number in the seed. */
  no: number;
  raw: string;
  kind: LineKind;
  /** Trimmed content and the [start, end) columns it occupies in `raw`. */
  text: string;
  start: number;
  end: number;
  /** The line begins with a space: in PDF text this starts a new text frame. */
  indented: boolean;
  width: number;
  chars: number;
  terminal: boolean;
}

/** Lines within this many half-width units of the wrap width count as full. */
export const WIDTH_TOLERANCE = 6;
/** Fewer full-width lines than this are too little evidence of a wrapped layout. */
const MIN_FULL_LINES = 8;

const IMAGE_FILE = /^[\w.-]+\.(?:png|jpe?g|gif|bmp|emf|wmf|tiff?)$/iu;
// Tabs separate cells; every other control character means the file is not the text we expect.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** Decodes a seed strictly: invalid UTF-8 is an error naming the line, never a silent U+FFFD. */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The line is counted in bytes up to the first bad one, with the line breaks readLines uses
    // (\n, \r\n, \r); a U+FFFD printed in the text itself must not be taken for the error.
    const bad = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    throw new SourceError(file, before.split(/\r?\n|\r/u).length, 'invalid UTF-8 byte sequence');
  }
}

/**
 * Offset of the first byte that cannot start or continue valid UTF-8: the shortest prefix whose
 * streaming decode fails (a prefix may end inside a sequence), or the start of a sequence cut
 * off by the end of the file.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const fails = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) {
    // Only the end is incomplete: back up to the lead byte of the unfinished sequence.
    let k = bytes.length - 1;
    while (k > 0 && (bytes[k]! & 0xc0) === 0x80) k--;
    return k;
  }
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fails(mid)) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

/** Splits a seed into classified lines; rejects empty files and control characters. */
export function readLines(text: string, file: string): SourceLine[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.trim() === '') throw new SourceError(file, 1, 'the file has no text');
  return body.split(/\r?\n|\r/u).map((raw, i) => classify(raw, i + 1, file));
}

function classify(raw: string, no: number, file: string): SourceLine {
  const control = CONTROL.exec(raw);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).padStart(4, '0');
    throw new SourceError(file, no, `control character U+${code} at column ${control.index + 1}`);
  }
  const trimmedStart = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = trimmedStart;
  const end = start + text.length;
  let kind: LineKind;
  if (text === '') kind = 'blank';
  else if (raw.includes('\t')) {
    const cells = raw.split('\t');
    kind = cells.length === 2 && cells[0]!.trim() === '' ? 'cell-line' : 'tab-row';
  } else if (IMAGE_FILE.test(text)) kind = 'image-file';
  else kind = 'text';
  return {
    no,
    raw,
    kind,
    text,
    start,
    end,
    indented: /^ /u.test(raw),
    width: displayWidth(text),
    chars: charLength(text),
    terminal: endsTerminal(text),
  };
}

/** Layout of a PDF-derived text: are its paragraphs broken into lines of one width? */
export interface WrapLayout {
  hardWrapped: boolean;
  /** The usual line width in half-width units, or null for one-line-per-paragraph texts. */
  wrapWidth: number | null;
}

/**
 * A text is hard-wrapped when most of its longer lines stop mid-sentence. Its wrap width is
 * the most common width among those lines, so over-wide lines (photo captions set across the
 * page) stand out.
 */
export function detectWrap(lines: readonly SourceLine[]): WrapLayout {
  const candidates = lines.filter((l) => l.kind === 'text' && l.chars >= 10);
  if (candidates.length < 5) return { hardWrapped: false, wrapWidth: null };
  const unfinished = candidates.filter((l) => !l.terminal).length;
  if (unfinished / candidates.length < 0.5) return { hardWrapped: false, wrapWidth: null };
  const counts = new Map<number, number>();
  for (const l of candidates) if (!l.terminal) counts.set(l.width, (counts.get(l.width) ?? 0) + 1);
  // Ties go to the wider width, which is what a full line measures.
  const [wrapWidth] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  // One-line paragraphs also stop mid-sentence at headings and captions; wrapped text is
  // told apart by most lines sharing the wrap width.
  const near = candidates.filter((l) => Math.abs(l.width - wrapWidth) <= WIDTH_TOLERANCE).length;
  if (near < MIN_FULL_LINES || near / candidates.length < 0.6) return { hardWrapped: false, wrapWidth: null };
  return { hardWrapped: true, wrapWidth };
}
