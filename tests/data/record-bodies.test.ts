import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assemblePipeline, curatedProblems, type Pipeline } from '../../scripts/pipeline.ts';
import { loadCurated, type Curated } from '../../scripts/records/load-curated.ts';
import { bodyParts } from '../../src/lib/record-body-text.ts';

// Record prose lives in MDX bodies (src/lib/record-body.ts): every record has one, in both languages,
// and the evidence checks reach it. Fixtures are picked by property, never by id.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = assemblePipeline(ROOT);
});

const problemsAfter = (mutate: (c: Curated) => void): string[] => {
  const curated = structuredClone(pipeline.curated);
  mutate(curated);
  return curatedProblems({ ...pipeline, curated });
};

describe('record bodies', () => {
  test('no curated .mdx record is empty: each part has Chinese and English text', () => {
    const records = [...pipeline.curated.platforms, ...pipeline.curated.events, ...pipeline.curated.cases];
    const files = ['platforms', 'events', 'cases'].flatMap((d) =>
      readdirSync(join(ROOT, 'content/curated', d)).filter((f) => f.endsWith('.mdx')),
    );
    expect(records.length).toBe(files.length);
    for (const r of records) {
      const parts = bodyParts(r.prose);
      expect(parts.size, r.file).toBeGreaterThan(0);
      for (const [part, text] of parts) {
        expect(text.zh.length, `${r.file} ${part} zh`).toBeGreaterThan(1);
        expect(text.en.length, `${r.file} ${part} en`).toBeGreaterThan(1);
      }
    }
    // A case's page shows what was done and its results; platforms and events have one summary.
    for (const c of pipeline.curated.cases)
      expect([...bodyParts(c.prose).keys()].sort(), c.file).toEqual(['content', 'results']);
    for (const r of [...pipeline.curated.platforms, ...pipeline.curated.events])
      expect([...bodyParts(r.prose).keys()], r.file).toEqual(['main']);
  });

  test('a body <SourceQuote> not in its paragraph fails, naming the file and line', () => {
    const target = [...pipeline.curated.cases, ...pipeline.curated.platforms, ...pipeline.curated.events].find(
      (r) => r.prose.quotes.length,
    )!;
    const problems = problemsAfter((c) => {
      const r = [...c.cases, ...c.platforms, ...c.events].find((x) => x.id === target.id)!;
      r.prose.quotes[0]!.quote += '（不在原文中）';
    });
    const { line } = target.prose.quotes[0]!;
    expect(
      problems.some((p) =>
        new RegExp(`^content/curated/\\w+/${target.id}\\.mdx:${line}: source 1: quote `, 'u').test(p),
      ),
    ).toBe(true);
  });

  test('a number added to a Chinese body that no quote states fails, naming the file and line', () => {
    const target = pipeline.curated.platforms[0]!;
    const block = target.prose.blocks.find((b) => b.lang === 'zh')!;
    const quotes = target.data.sources.map((s) => s.quote).join('');
    const n = [...Array(900).keys()].map((i) => String(i + 101)).find((x) => !quotes.includes(x))!;
    const problems = problemsAfter((c) => {
      c.platforms[0]!.prose.blocks.find((b) => b.lang === 'zh')!.source += `另有${n}个。`;
    });
    const lastLine = block.line + block.source.split('\n').length - 1;
    expect(problems).toContain(
      `content/curated/platforms/${target.id}.mdx:${lastLine}: ` +
        `the Chinese body states “${n}”, which none of the record's quotes contains`,
    );
  });

  test('a <RecordLink> to no record fails, naming the file and line', () => {
    const target = pipeline.curated.events[0]!;
    const problems = problemsAfter((c) => {
      c.events[0]!.prose.references.push({ component: 'RecordLink', id: 'no-such-record', line: 99 });
    });
    expect(problems).toContain(
      `content/curated/events/${target.id}.mdx:99: <RecordLink id="no-such-record"> names no record`,
    );
  });
});

describe('record files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yearbook-bodies-'));
    cpSync(join(ROOT, 'content/curated'), dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const firstMdx = (sub: string) =>
    join(
      dir,
      sub,
      readdirSync(join(dir, sub)).find((f) => f.endsWith('.mdx'))!,
    );

  test('a record whose body is empty is an error naming the file and line', () => {
    const file = firstMdx('events');
    const text = readFileSync(file, 'utf8');
    const front = text.slice(0, text.indexOf('\n---\n') + 5);
    writeFileSync(file, `${front}\n`);
    expect(() => loadCurated(dir)).toThrow(new RegExp(`^${file}:\\d+: the body is empty`, 'u'));
    writeFileSync(file, text);
  });

  test('narrative left in the front matter is an error, not silently dropped', () => {
    const file = firstMdx('platforms');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^---\n/u, '---\nsummary: {zh: 概述, en: Summary}\n'));
    expect(() => loadCurated(dir)).toThrow(`${file}:1: “summary” is no longer front matter`);
    writeFileSync(file, text);
  });
});
