/**
 * The prose of a curated record lives in its MDX body, one block per language (and per part, for
 * a case's two sections):
 *
 *   <Zh>                      <Zh part="results">
 *   中文……                    …
 *   </Zh>                     </Zh>
 *   <En>
 *   The project's English…
 *   </En>
 *
 * Inside a block: Markdown (GFM lists and tables) and the body components `<SourceQuote doc anchor>`,
 * `<RecordLink id>` and `<FigureRef id />`. This module reads a body without MDX, for the checks
 * (numbers, names, quotes, links) and for every place a record's summary is shown as plain text
 * (lists, data files, meta descriptions; ./record-body-text.ts), so there is one reading of a body.
 */

export type BodyLang = 'zh' | 'en';

/** One language block, with the line of the file its first text line is on. */
export interface BodyBlock {
  lang: BodyLang;
  /** `main` unless the block names a part (`<Zh part="results">`). */
  part: string;
  /** The Markdown between the tags. */
  source: string;
  /** 1-based line in the .mdx file of the block's first source line. */
  line: number;
}

/** A `<SourceQuote>` used in a body: evidence like a front-matter source, checked the same way. */
export interface BodyQuote {
  doc: string;
  anchor: string;
  quote: string;
  line: number;
}

/** A component that names another record or figure by id (resolved at build time). */
export interface BodyReference {
  component: 'RecordLink' | 'FigureRef';
  id: string;
  line: number;
}

export interface RecordBody {
  blocks: BodyBlock[];
  quotes: BodyQuote[];
  references: BodyReference[];
}

/** The components a body may use; any other capitalised tag is an error. */
export const BODY_COMPONENTS = ['SourceQuote', 'RecordLink', 'FigureRef'] as const;

const OPEN = /^<(Zh|En)(?:\s+part="([a-z]+)")?\s*>\s*$/u;
const CLOSE = /^<\/(Zh|En)>\s*$/u;

/** The `name="value"` attributes of a component tag. */
export const attrs = (text: string): Record<string, string> =>
  Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/gu)].map((m) => [m[1]!, m[2]!]));

/** Text as printed from MDX source that escapes a character MDX would read as syntax (`\\<`). */
export const unescapeMdx = (text: string): string => text.replace(/\\([<>{}\\*_[\]#|])/gu, '$1');

/** Line (1-based, in the file) of character `offset` of a block's source. */
const lineAt = (block: BodyBlock, offset: number): number =>
  block.line + (block.source.slice(0, offset).match(/\n/gu)?.length ?? 0);

/**
 * Splits a body into its language blocks and finds the components it uses. `firstLine` is the
 * file line the body starts on (after the front matter). Errors name `file:line`.
 */
export function parseRecordBody(body: string, file: string, firstLine = 1): RecordBody {
  const lines = body.split('\n');
  const blocks: BodyBlock[] = [];
  let open: { lang: BodyLang; part: string; at: number; from: number } | null = null;
  const fail = (i: number, reason: string): never => {
    throw new Error(`${file}:${firstLine + i}: ${reason}`);
  };
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const o = OPEN.exec(line.trim());
    const c = CLOSE.exec(line.trim());
    if (open) {
      if (o) fail(i, `<${o[1]}> inside an open <${open.lang === 'zh' ? 'Zh' : 'En'}> block`);
      if (!c) return;
      if (c[1]!.toLowerCase() !== open.lang) fail(i, `</${c[1]}> closes a <${open.lang === 'zh' ? 'Zh' : 'En'}> block`);
      const source = lines.slice(open.from, i).join('\n').trim();
      if (!source) fail(open.at, 'empty language block');
      const lead = lines.slice(open.from, i).findIndex((l) => l.trim());
      blocks.push({ lang: open.lang, part: open.part, source, line: firstLine + open.from + lead });
      open = null;
      return;
    }
    if (o) open = { lang: o[1] === 'Zh' ? 'zh' : 'en', part: o[2] ?? 'main', at: i, from: i + 1 };
    else if (c) fail(i, `</${c[1]}> without its opening tag`);
    else if (line.trim()) fail(i, 'text outside a <Zh> or <En> block (each language has its own block)');
  });
  if (open) fail((open as { at: number }).at, 'language block is not closed');
  if (!blocks.length)
    throw new Error(
      `${file}:${firstLine}: the body is empty; a record's prose is its body (<Zh>…</Zh> and <En>…</En>)`,
    );
  const seen = new Set<string>();
  for (const b of blocks) {
    const key = `${b.lang}/${b.part}`;
    if (seen.has(key)) throw new Error(`${file}:${b.line}: a second ${b.lang} block for part “${b.part}”`);
    seen.add(key);
  }
  for (const b of blocks) {
    const other = b.lang === 'zh' ? 'en' : 'zh';
    if (!seen.has(`${other}/${b.part}`)) throw new Error(`${file}:${b.line}: part “${b.part}” has no ${other} block`);
  }

  const quotes: BodyQuote[] = [];
  const references: BodyReference[] = [];
  for (const b of blocks) {
    for (const m of b.source.matchAll(/<([A-Z]\w*)\b([^>]*?)(\/?)>/gu)) {
      const name = m[1]!;
      const line = lineAt(b, m.index);
      if (!(BODY_COMPONENTS as readonly string[]).includes(name))
        throw new Error(`${file}:${line}: unknown component <${name}> (a body may use ${BODY_COMPONENTS.join(', ')})`);
      const a = attrs(m[2]!);
      if (name === 'SourceQuote') {
        const close = b.source.indexOf('</SourceQuote>', m.index);
        const quote = close < 0 ? '' : unescapeMdx(b.source.slice(m.index + m[0].length, close).trim());
        if (!a.doc || !a.anchor || !quote)
          throw new Error(
            `${file}:${line}: <SourceQuote doc="…" anchor="…">quoted text</SourceQuote> ` +
              'needs a doc, an anchor and the text',
          );
        quotes.push({ doc: a.doc, anchor: a.anchor, quote, line });
      } else {
        if (!a.id) throw new Error(`${file}:${line}: <${name}> needs an id="…"`);
        references.push({ component: name as BodyReference['component'], id: a.id, line });
      }
    }
  }
  return { blocks, quotes, references };
}
