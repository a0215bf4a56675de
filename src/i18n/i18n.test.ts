import { describe, expect, test } from 'vitest';
import { STRINGS, switchLocalePath, useTranslations } from './index.ts';

const { zh, en } = STRINGS;

describe('UI strings', () => {
  test('both locales have the same keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  test('English strings contain no Chinese characters except the switch to Chinese', () => {
    for (const [key, value] of Object.entries(en))
      if (key !== 'lang.switch') expect(value, key).not.toMatch(/\p{Script=Han}/u);
  });

  test('placeholders are filled', () => {
    expect(useTranslations('en')('reader.lines', { lines: '13–26' })).toBe('source lines 13–26');
    expect(useTranslations('zh')('reader.lines', { lines: '101' })).toBe('源文件第 101 行');
  });
});

describe('switchLocalePath', () => {
  test('goes to the same page in the other language', () => {
    expect(switchLocalePath('/zh/sources/sco-partnership-call-2018/', 'en')).toBe(
      '/en/sources/sco-partnership-call-2018/',
    );
    expect(switchLocalePath('/en/', 'zh')).toBe('/zh/');
  });
  test('falls back to the home page outside the locale folders', () => {
    expect(switchLocalePath('/', 'en')).toBe('/en/');
  });
});
