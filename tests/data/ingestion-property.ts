/**
 * One property of robust ingestion, run in a worker thread by robust-ingestion.test.ts so that a
 * parser stuck in a loop can be stopped: fast-check mutates the seeds, and the pure pipeline
 * (decodeSeed → parseSource → accountFor) must either account for every character or throw
 * a SourceError naming `<file>:<line>:`. Posts each input's description before running it, then
 * `{ done, failure }`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { accountFor } from '../../scripts/parse/accounting.ts';
import { decodeSeed } from '../../scripts/parse/lines.ts';
import { parseSource } from '../../scripts/build-documents.ts';
import { SourceError } from '../../scripts/parse/source-error.ts';

export type PropertyName =
  'truncate' | 'shuffle-lines' | 'stray-tabs' | 'malformed-tables' | 'invalid-utf8' | 'empty-files' | 'mixed';
export interface PropertyRequest {
  name: PropertyName;
  numRuns: number;
  seed: number;
}

interface Input {
  file: string;
  bytes: Uint8Array;
  what: string;
  /** For invalid UTF-8: the line the first bad byte is on. */
  badLine?: number;
}

// The seeds and the fixture corpus (other layouts, a Markdown export among them).
const DIRS = [new URL('../../seeds/', import.meta.url), new URL('../fixtures/corpus/', import.meta.url)];
const seeds = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/u.test(f))
    .sort()
    .map((file) => ({ file, text: readFileSync(new URL(file, dir), 'utf8') })),
);
const encode = (text: string) => new TextEncoder().encode(text);
const linesOf = (text: string) => text.split('\n');
const lineCount = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split(/\r?\n|\r/u).length;

/** Runs the pure pipeline; throws (failing the property) on anything but the two allowed outcomes. */
export function ingest({ file, bytes, badLine }: Input): 'accounted' | 'source-error' {
  try {
    const source = decodeSeed(bytes, file);
    const parsed = parseSource(source, file);
    const report = accountFor(source, parsed.nodes, parsed.markup);
    if (report.problems.length || report.accountedChars !== report.sourceChars) {
      throw new Error(
        `parsed, but ${report.sourceChars - report.accountedChars} characters are unaccounted for: ` +
          `${report.problems.slice(0, 3).join('; ')}`,
      );
    }
    if (badLine !== undefined) throw new Error('invalid UTF-8 was accepted');
    return 'accounted';
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    if (!error.message.startsWith(`${file}:${error.line}: `))
      throw new Error(`SourceError without file:line: ${error.message}`, { cause: error });
    if (!Number.isInteger(error.line) || error.line < 1 || error.line > lineCount(bytes))
      throw new Error(`SourceError names line ${error.line} of ${lineCount(bytes)}: ${error.message}`, {
        cause: error,
      });
    if (badLine !== undefined && error.line !== badLine)
      throw new Error(`invalid UTF-8 on line ${badLine} reported as ${error.message}`, { cause: error });
    return 'source-error';
  }
}

const seed = fc.constantFrom(...seeds);

const truncate = seed.chain(({ file, text }) => {
  const bytes = encode(text);
  return fc
    .nat({ max: bytes.length })
    .map((cut): Input => ({ file, bytes: bytes.subarray(0, cut), what: `${file} cut after byte ${cut}` }));
});

const shuffleLines = seed.chain(({ file, text }) => {
  const lines = linesOf(text);
  return fc
    .shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length })
    .map((shuffled): Input => ({ file, bytes: encode(shuffled.join('\n')), what: `${file} with its lines shuffled` }));
});

/** Inserts pieces at code-point positions (largest position first, so earlier ones stay put). */
const insertAt = (text: string, inserts: readonly (readonly [number, string])[]) => {
  const chars = [...text];
  for (const [at, piece] of [...inserts].sort((a, b) => b[0] - a[0]))
    chars.splice(Math.min(at, chars.length), 0, piece);
  return chars.join('');
};

const strayTabs = seed.chain(({ file, text }) =>
  fc
    .array(fc.tuple(fc.nat({ max: [...text].length }), fc.constantFrom('\t', '\t\t', ' \t', '\t ')), {
      minLength: 1,
      maxLength: 12,
    })
    .map((tabs): Input => ({
      file,
      bytes: encode(insertAt(text, tabs)),
      what: `${file} with tabs at ${tabs.map((t) => t[0]).join(', ')}`,
    })),
);

/** Ways to break a table (or make one where there was none) on one line. */
const TABLE_EDITS: Record<string, (line: string) => string> = {
  'extra cells': (l) => `${l}\t多\t余`,
  'tabs removed': (l) => l.replaceAll('\t', ''),
  'cells emptied': (l) => l.replace(/[^\t]+/gu, ''),
  'one-cell line': (l) => `\t${l.trim()}`,
  'split into cells': (l) => [...l].filter((_, i) => i % 3 === 0).join('\t'),
  'leading empty cell': (l) => `\t${l}`,
  'doubled tabs': (l) => l.replaceAll('\t', '\t\t'),
};
const malformedTables = seed.chain(({ file, text }) => {
  const lines = linesOf(text);
  // Prefer lines in and around tables: a tab row's neighbourhood is where tables break.
  const near = lines
    .flatMap((l, i) => (l.includes('\t') ? [i - 1, i, i + 1] : []))
    .filter((i) => i >= 0 && i < lines.length);
  const index = near.length
    ? fc.oneof(fc.constantFrom(...near), fc.nat({ max: lines.length - 1 }))
    : fc.nat({ max: lines.length - 1 });
  return fc
    .array(fc.tuple(index, fc.constantFrom(...Object.keys(TABLE_EDITS))), { minLength: 1, maxLength: 6 })
    .map((edits): Input => {
      const out = [...lines];
      for (const [i, edit] of edits) out[i] = TABLE_EDITS[edit]!(out[i]!);
      return {
        file,
        bytes: encode(out.join('\n')),
        what: `${file} with ${edits.map(([i, e]) => `${e} on line ${i + 1}`).join(', ')}`,
      };
    });
});

/** Bytes that never occur in UTF-8, a lone continuation byte, and lead bytes without their tail. */
const BAD_BYTES = [[0xff], [0xfe], [0xc0], [0xc1], [0xf5], [0x80], [0xbf], [0xe4], [0xe4, 0xb8], [0xf0, 0x9f]];
const invalidUtf8 = seed.chain(({ file, text }) => {
  const chars = [...text];
  return fc.tuple(fc.nat({ max: chars.length }), fc.constantFrom(...BAD_BYTES)).map(([at, bad]): Input => {
    const before = encode(chars.slice(0, at).join(''));
    const bytes = new Uint8Array([...before, ...bad, ...encode(chars.slice(at).join(''))]);
    return {
      file,
      bytes,
      what: `${file} with bytes ${bad.map((b) => b.toString(16)).join(' ')} at character ${at}`,
      badLine: chars.slice(0, at).join('').split('\n').length,
    };
  });
});

const emptyFiles = fc
  .constantFrom('', ' ', '\n', '\n\n\n', '\r\n', '\ufeff', '\ufeff\n', '\t', ' \t \n\t\n', '\u3000')
  .map((text): Input => ({ file: 'empty.txt', bytes: encode(text), what: `file ${JSON.stringify(text)}` }));

/** Seed text with random pieces: numbering, leftovers, punctuation, spaces, tabs, line breaks. */
const PIECES = [
  '。',
  '，',
  '：',
  '附件1',
  '一、',
  '（二）',
  '1.',
  '任务2.',
  '【要求】',
  '约束性指标：',
  '[bookmark: _x]',
  '[image: ]',
  '**科技**',
  'image1.png',
  ' and ',
  'TBM',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '   ',
  '\u3000',
  '■文 / ',
  '中亚',
  '2018年',
];
const mixed = seed.chain(({ file, text }) => {
  const lines = linesOf(text);
  const lineEdit = fc.oneof(
    fc.tuple(fc.constant('delete' as const), fc.nat({ max: lines.length - 1 }), fc.constant('')),
    fc.tuple(fc.constant('duplicate' as const), fc.nat({ max: lines.length - 1 }), fc.constant('')),
    fc.tuple(
      fc.constant('insert' as const),
      fc.nat({ max: lines.length }),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join('')),
    ),
  );
  return fc
    .tuple(
      fc.array(lineEdit, { minLength: 1, maxLength: 15 }),
      fc.array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...PIECES)), { maxLength: 15 }),
    )
    .map(([edits, inserts]): Input => {
      const out = [...lines];
      for (const [kind, at, piece] of edits) {
        const i = Math.min(at, out.length);
        if (kind === 'delete' && out.length > 1) out.splice(Math.min(i, out.length - 1), 1);
        else if (kind === 'duplicate') out.splice(i, 0, out[Math.min(i, out.length - 1)]!);
        else if (kind === 'insert') out.splice(i, 0, piece);
      }
      const described = [
        ...edits.map(([kind, at, piece]) => `${kind} line ${at + 1}${piece ? ` ${JSON.stringify(piece)}` : ''}`),
        ...inserts.map(([at, piece]) => `${JSON.stringify(piece)} at ${at}`),
      ];
      return { file, bytes: encode(insertAt(out.join('\n'), inserts)), what: `${file} with ${described.join(', ')}` };
    });
});

const ARBITRARIES: Record<PropertyName, fc.Arbitrary<Input>> = {
  truncate,
  'shuffle-lines': shuffleLines,
  'stray-tabs': strayTabs,
  'malformed-tables': malformedTables,
  'invalid-utf8': invalidUtf8,
  'empty-files': emptyFiles,
  mixed,
};

if (parentPort && workerData) {
  const { name, numRuns, seed: runSeed } = workerData as PropertyRequest;
  const outcomes = { accounted: 0, 'source-error': 0 };
  const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
  const property = fc.property(ARBITRARIES[name], (input) => {
    parentPort!.postMessage({ running: input.what });
    outcomes[ingest(input)]++;
  });
  const details = fc.check(property, { numRuns, seed: runSeed, endOnFailure: false });
  // The counterexample is the shrunk input; its bytes are too long to print, its description is not.
  const failure = details.failed
    ? `${details.counterexample?.[0]?.what ?? '?'}: ${errorText(details.errorInstance)} ` +
      `(seed ${details.seed}, path ${details.counterexamplePath})`
    : null;
  parentPort.postMessage({ done: true, outcomes, failure });
}
