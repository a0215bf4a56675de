import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDocuments } from '../../scripts/build-documents.ts';
import { anchorLines, checkTranslations } from '../../scripts/check/translations.ts';
import { assemblePipeline, curatedProblems, type Pipeline } from '../../scripts/pipeline.ts';
import { loadCurated, type Curated } from '../../scripts/records/load-curated.ts';
import { readFrontmatter } from '../../scripts/records/frontmatter.ts';
import { validateCurated } from '../../scripts/records/validate.ts';
import { parseYaml } from '../../src/lib/parse-yaml.ts';

// One failing fixture per rule of the validators in scripts/check/ and scripts/records/: the real corpus
// passes (tests/data/collections.test.ts), so each test breaks one thing in a copy and expects the rule's
// message, naming the record or file:line. Fixtures are chosen by property, never by id.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let pipeline: Pipeline;

beforeAll(() => {
  pipeline = assemblePipeline(ROOT);
});

/** The problems after `mutate` changed a deep copy of the curated records. */
function problemsAfter(mutate: (c: Curated) => void): string[] {
  const curated = structuredClone(pipeline.curated);
  mutate(curated);
  return curatedProblems({ ...pipeline, curated });
}

/** A number none of the quotes contains, so stating it is unproven. */
function absentYear(quotes: readonly string[]): number {
  let year = 1901;
  while (quotes.some((q) => q.includes(String(year)))) year++;
  return year;
}

describe('curated evidence (scripts/records/validate.ts, scripts/check/)', () => {
  test('a quote that is not in its paragraph', () => {
    const problems = problemsAfter((c) => {
      c.platforms[0]!.data.sources[0]!.quote += '（不在原文中）';
    });
    expect(problems.some((p) => p.startsWith(`platforms/${pipeline.curated.platforms[0]!.id}: source 1: quote`))).toBe(
      true,
    );
  });

  test('an anchor the document does not have', () => {
    const event = pipeline.curated.events[0]!;
    const problems = problemsAfter((c) => {
      c.events[0]!.data.sources[0]!.anchor = 'p-00000000';
    });
    expect(problems).toContain(
      `events/${event.id}: source 1: no anchor p-00000000 in document '${event.data.sources[0]!.doc}'`,
    );
  });

  test('a number not in any of its quotes', () => {
    const target = pipeline.curated.platforms.find((p) => p.data.year !== null)!;
    const year = absentYear(target.data.sources.map((s) => s.quote));
    const problems = problemsAfter((c) => {
      c.platforms.find((p) => p.id === target.id)!.data.year = year;
    });
    expect(problems).toContain(`platforms/${target.id}: year states “${year}”, which none of its quotes contains`);
  });

  test('a month not in any of its quotes', () => {
    const target = pipeline.curated.events.find((e) => e.data.date.month !== null && e.data.date.day === null)!;
    const quotes = target.data.sources.map((s) => s.quote).join('');
    const month = [...Array(12).keys()].map((m) => m + 1).find((m) => !quotes.includes(`${m}月`))!;
    const problems = problemsAfter((c) => {
      c.events.find((e) => e.id === target.id)!.data.date.month = month;
    });
    expect(problems).toContain(
      `events/${target.id}: date.month states “${month}月”, which none of its quotes contains`,
    );
  });

  test('a key figure whose value is not the number printed', () => {
    const target = pipeline.curated.figures.find((f) => f.value !== null)!;
    const problems = problemsAfter((c) => {
      c.figures.find((f) => f.id === target.id)!.value = target.value! + 0.5;
    });
    expect(
      problems.some((p) =>
        p.startsWith(`figures/${target.id}: value ${target.value! + 0.5} is not the number printed`),
      ),
    ).toBe(true);
  });

  test('an id used twice', () => {
    const id = pipeline.curated.platforms[0]!.id;
    const problems = problemsAfter((c) => {
      c.events[0]!.id = id;
    });
    expect(problems).toContain(`record id “${id}” is used twice`);
  });

  test('a reference to no record', () => {
    const problems = problemsAfter((c) => {
      c.events[0]!.data.related.push('no-such-record');
    });
    expect(problems).toContain(
      `events/${pipeline.curated.events[0]!.id}: refers to “no-such-record”, which is no record id`,
    );
  });

  test('a reference to a generated record (a policy, a table) is valid for the build and the tools alike', () => {
    const policy = pipeline.policies[0]!.id;
    const table = pipeline.tables[0]!.id;
    const problems = problemsAfter((c) => {
      c.events[0]!.data.related.push(policy, table);
    });
    expect(problems).toEqual([]);
  });

  test('a platform name that no source prints', () => {
    const target = pipeline.curated.platforms[0]!;
    const name = '不存在的测试平台名称';
    const problems = problemsAfter((c) => {
      c.platforms[0]!.data.aliases.push(name);
    });
    expect(problems).toContain(`platforms/${target.id}: “${name}” is not printed in any source`);
  });

  test('a glossary name or alias that no source prints', () => {
    const entry = pipeline.curated.glossary.find((e) => e.kind === 'organisation')!;
    const file = 'content/curated/glossary/test.yaml';
    const zh = '不存在的测试机构';
    const problems = problemsAfter((c) => {
      c.glossary.push({ ...entry, zh, en: 'Test Institution', aliases: ['不存在的测试简称'], file });
    });
    expect(problems).toContain(`${file} (${zh}): “${zh}” is not printed in any source`);
    expect(problems).toContain(`${file} (${zh}): “不存在的测试简称” is not printed in any source`);
  });

  test('a platform-like name with neither a record nor an exclusion', () => {
    const excluded = pipeline.curated.exclusions[0]!.name;
    const problems = problemsAfter((c) => {
      c.exclusions = c.exclusions.filter((e) => e.name !== excluded);
    });
    expect(
      problems.some(
        (p) => p.startsWith(`platform-like name “${excluded}”`) && p.endsWith('is not in platform-exclusions.yaml'),
      ),
    ).toBe(true);
  });

  test('a stale exclusion', () => {
    const problems = problemsAfter((c) => {
      c.exclusions.push({ ...c.exclusions[0]!, name: '从未出现的测试中心' });
    });
    expect(problems).toContain(
      'platform-exclusions.yaml: “从未出现的测试中心” is not a name the extractor finds; remove it',
    );
  });

  test('two English names for one Chinese term in the glossary', () => {
    const entry = pipeline.curated.glossary[0]!;
    const file = 'content/curated/glossary/test.yaml';
    const problems = problemsAfter((c) => {
      c.glossary.push({ ...entry, en: `${entry.en} (other)`, file });
    });
    expect(problems).toContain(
      `${file}: “${entry.zh}” is “${entry.en} (other)” here but “${entry.en}” in ${entry.file}`,
    );
  });

  test('a name with no glossary entry', () => {
    const target = pipeline.curated.cases[0]!;
    const actor = '未收入词表的测试公司';
    const problems = problemsAfter((c) => {
      c.cases[0]!.data.actor = actor;
    });
    expect(problems).toContain(
      `cases/${target.id} actor: “${actor}” has no glossary entry (content/curated/glossary/)`,
    );
  });

  test('without the generated ids a reference to a policy fails: the tools must pass them, via the pipeline', () => {
    const curated = structuredClone(pipeline.curated);
    curated.events[0]!.data.related.push(pipeline.policies[0]!.id);
    expect(validateCurated(curated, pipeline.documents).some((p) => p.includes('which is no record id'))).toBe(true);
  });
});

describe('files with errors name the file and line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yearbook-validators-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a YAML syntax error', () => {
    expect(() => parseYaml('a: 1\nb: [unclosed\n', 'x.yaml')).toThrow(/^x\.yaml:\d+: /u);
  });

  test('a YAML error in MDX frontmatter is counted from the file’s first line', () => {
    expect(() => readFrontmatter('---\ntitle: ok\nbad: [\n---\nbody\n', 'r.mdx')).toThrow(/^r\.mdx:\d+: /u);
    expect(() => readFrontmatter('no frontmatter\n', 'r.mdx')).toThrow(
      'r.mdx:1: an MDX record must start with --- frontmatter ---',
    );
  });

  test('a curated record that breaks its schema', () => {
    const curated = join(dir, 'curated');
    cpSync(join(ROOT, 'content/curated'), curated, { recursive: true });
    writeFileSync(join(curated, 'figures.yaml'), '- id: 12\n');
    expect(() => loadCurated(curated)).toThrow(join(curated, 'figures.yaml'));
  });

  test('a glossary YAML error', () => {
    const curated = join(dir, 'curated-glossary');
    cpSync(join(ROOT, 'content/curated'), curated, { recursive: true });
    writeFileSync(join(curated, 'glossary/countries.yaml'), '- zh: 哈萨克斯坦\n  en: [Kazakhstan\n');
    expect(() => loadCurated(curated)).toThrow(new RegExp(`^${join(curated, 'glossary/countries.yaml')}:\\d+: `, 'u'));
  });

  test('a manifest YAML error, and a seed the manifest does not list', () => {
    const seeds = join(dir, 'seeds');
    cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
    writeFileSync(join(seeds, 'zz-unlisted.txt'), '一段文字。\n');
    expect(() => buildDocuments(seeds)).toThrow(
      `${join(seeds, 'zz-unlisted.txt')}:1: not listed in seeds/manifest.yaml; add it with \`npm run add-source\``,
    );
    writeFileSync(
      join(seeds, 'manifest.yaml'),
      `${readFileSync(join(ROOT, 'seeds/manifest.yaml'), 'utf8')}\n  - [unclosed\n`,
    );
    expect(() => buildDocuments(seeds)).toThrow(new RegExp(`^${join(seeds, 'manifest.yaml')}:\\d+: `, 'u'));
  });
});

describe('translation checks (scripts/check/translations.ts)', () => {
  let root: string;
  let slug: string;
  let file: string;
  let original: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'yearbook-translations-'));
    cpSync(join(ROOT, 'content/translations'), join(root, 'content/translations'), { recursive: true });
    // A translated paragraph holding a {{…}} token, in whichever document has one.
    for (const doc of pipeline.documents) {
      const text = readFileSync(join(root, `content/translations/${doc.slug}.yaml`), 'utf8');
      if (/\{\{[^}]+\}\}/u.test(text)) {
        slug = doc.slug;
        file = join(root, `content/translations/${slug}.yaml`);
        original = text;
        break;
      }
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const check = () =>
    checkTranslations(
      root,
      pipeline.documents.filter((d) => d.slug === slug),
    ).problems;
  const restore = () => writeFileSync(file, original);
  const prefix = () => `content/translations/${slug}.yaml:`;

  test('the real translations pass', () => {
    expect(check()).toEqual([]);
  });

  test('a broken {{…}} token, named by file and the line of the broken text', () => {
    const line = original.split('\n').findIndex((l) => /\{\{[^}]+\}\}/u.test(l)) + 1;
    writeFileSync(file, original.replace(/(\{\{[^}]+)\}\}/u, '$1}'));
    const problems = check();
    restore();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.startsWith(`${prefix()}${line}: `)).toBe(true);
    expect(problems[0]).toContain('outside a {{…}} token');
  });

  test('an invented number in a table cell names the cell’s own line', () => {
    const tableDoc = pipeline.documents.find((d) =>
      /^\s*cells:/mu.test(readFileSync(join(root, `content/translations/${d.slug}.yaml`), 'utf8')),
    )!;
    const tableFile = join(root, `content/translations/${tableDoc.slug}.yaml`);
    const text = readFileSync(tableFile, 'utf8');
    const lines = text.split('\n');
    const cells = lines.findIndex((l) => /^\s*cells:/u.test(l));
    const at = lines.findIndex((l, i) => i > cells && /^\s*(?:- )+"[A-Za-z][^"]*"$/u.test(l));
    expect(at).toBeGreaterThan(cells);
    lines[at] = lines[at]!.replace(/"$/u, ' 98765"');
    writeFileSync(tableFile, lines.join('\n'));
    const problems = checkTranslations(root, [tableDoc]).problems;
    writeFileSync(tableFile, text);
    const where = `content/translations/${tableDoc.slug}.yaml:${at + 1}: `;
    expect(problems.some((p) => p.startsWith(where) && /cell \d+,\d+: the number 98765 /u.test(p))).toBe(true);
  });

  test('an outdated entry (the source changed since)', () => {
    writeFileSync(
      file,
      original.replace(/hash: ([0-9a-f]{11})[0-9a-f]/u, (_, h: string) => `hash: ${h}${h.endsWith('0') ? '1' : '0'}`),
    );
    const problems = check();
    restore();
    expect(problems.some((p) => p.startsWith(prefix()) && p.includes(': outdated'))).toBe(true);
  });

  test('a removed entry points at the seed line still to translate', () => {
    const lines = original.split('\n');
    const start = lines.findIndex((l) => /^\s*- anchor: p-/u.test(l));
    let end = start + 1;
    while (end < lines.length && !/^\s*- anchor:/u.test(lines[end]!)) end++;
    writeFileSync(file, [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
    const problems = check();
    restore();
    expect(problems.some((p) => /: not translated \(seeds\/[^:]+:\d+\)$/u.test(p))).toBe(true);
  });

  test('an entry for an anchor the source no longer has', () => {
    writeFileSync(file, original.replace(/anchor: p-[0-9a-f]{8}/u, 'anchor: p-00000000'));
    const problems = check();
    restore();
    expect(problems.some((p) => p.includes('#p-00000000: translation of an anchor the source no longer has'))).toBe(
      true,
    );
  });

  test('a YAML error names the translation file and line', () => {
    writeFileSync(file, original.replace(/\n {2}- anchor:/u, '\n  - anchor: [\n  - anchor:'));
    expect(() => check()).toThrow(new RegExp(`^${file}:\\d+: `, 'u'));
    restore();
  });

  test('anchorLines finds the line of each anchor', () => {
    expect(anchorLines('doc: x\nnodes:\n  - anchor: p-1234abcd\n    hash: 0\n  - anchor: "h-00ff00ff"\n')).toEqual(
      new Map([
        ['p-1234abcd', 3],
        ['h-00ff00ff', 5],
      ]),
    );
  });
});
