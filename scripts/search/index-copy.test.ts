import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../../src/schemas/records.ts';
import { nameToken } from '../../src/lib/search-names.ts';
import { indexCopy, namesInText, searchNames } from './index-copy.ts';

const entry = (zh: string, en: string, aliases: string[] = [], enAliases: string[] = []): GlossaryEntry => ({
  zh,
  en,
  aliases,
  enAliases,
  enRejected: [],
  notWithin: [],
  official: true,
  kind: 'country',
});
const glossary = [entry('哈萨克斯坦', 'Kazakhstan', ['哈国'], ['Kazakh']), entry('塔吉克斯坦', 'Tajikistan')];
const names = searchNames(glossary);
const page = (main: string) => `<html lang="en"><body><main data-pagefind-body>${main}</main></body></html>`;

describe('indexCopy', () => {
  test('aliases and name tokens become meta fields, not text', () => {
    const out = indexCopy(page('<h1>Kazakhstan</h1><p>Trade with Tajikistan.</p>'), glossary, names);
    expect(out).toContain('data-pagefind-meta="aliases:哈国 · 哈萨克斯坦"');
    expect(out).toContain(
      `data-pagefind-meta="names:${[nameToken('哈萨克斯坦'), nameToken('塔吉克斯坦')].sort().join(' ')}"`,
    );
  });
  test('anchor ids leave the text but stay in attributes', () => {
    const out = indexCopy(
      page('<h1>X</h1><a href="/zh/sources/d/#h-bd7b7d80">¶ h-bd7b7d80</a><p>see #p-3a0f0b3f now</p>'),
      glossary,
      names,
    );
    expect(out).toContain('href="/zh/sources/d/#h-bd7b7d80"');
    expect(out).not.toMatch(/>[^<]*[ph]-[0-9a-f]{8}/u);
  });
  test('the Chinese name printed on an English record is kept as meta', () => {
    const out = indexCopy(
      page('<h1>Park</h1><p class="original-name" lang="zh-Hans">Name as printed: 中塔农业科技园</p>'),
      glossary,
      names,
    );
    expect(out).toContain('data-pagefind-meta="original:中塔农业科技园"');
  });
});

describe('namesInText', () => {
  test('Chinese by substring, Latin as whole words', () => {
    expect(namesInText('Kazakhstani 塔吉克斯坦', names).map((n) => n.zh)).toEqual(['塔吉克斯坦']);
  });
});

describe('indexCopy originals', () => {
  test('a fact whose value is the Chinese original leaves the text for the meta field', () => {
    const out = indexCopy(
      page('<h1>Gov</h1><dl><div><dt>Name as printed</dt><dd lang="zh-Hans">塔吉克斯坦政府</dd></div></dl>'),
      glossary,
      names,
    );
    expect(out).toContain('data-pagefind-meta="original:塔吉克斯坦政府"');
    expect(out).not.toContain('<dt>Name as printed</dt>');
  });
});
