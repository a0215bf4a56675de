import { describe, expect, test } from 'vitest';
import { chineseNumeral, markerToEnglish } from './marker-en.ts';

describe('chineseNumeral', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['二十七', 27],
  ])('%s is %i', (cn, n) => expect(chineseNumeral(cn)).toBe(n));
});

describe('markerToEnglish', () => {
  test.each([
    ['一、', 'cn-top', '1.'],
    ['（三）', 'cn-paren', '(3)'],
    ['(一) ', 'cn-paren', '(1)'],
    ['1. ', 'arabic', '1.'],
    ['任务1．', 'task', 'Task 1.'],
    ['附件7', 'annex', 'Annex 7'],
    ['第九章 ', 'chapter', 'Chapter 9'],
  ] as const)('%s (%s) → %s', (marker, kind, en) => expect(markerToEnglish(marker, kind)).toBe(en));
});
