import type { MarkerKind } from '../schemas/document.ts';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral up to 99: 九 → 9, 十 → 10, 十三 → 13, 二十 → 20. */
export function chineseNumeral(text: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') throw new Error(`not a Chinese numeral: “${text}”`);
  const [, tens, ten, units] = m;
  if (!ten) return CN_DIGITS[tens ?? units!]!;
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (units ? CN_DIGITS[units]! : 0);
}

/** The English form of a heading or item number: 一、→ `1.`, （三）→ `(3)`, 任务2. → `Task 2.`, 第九章 → `Chapter 9`. */
export function markerToEnglish(marker: string, kind: MarkerKind): string {
  const m = marker.trim();
  const digits = /\d+/u.exec(m)?.[0];
  const cn = /[一二三四五六七八九十]+/u.exec(m)?.[0];
  switch (kind) {
    case 'chapter':
      return `Chapter ${chineseNumeral(cn!)}`;
    case 'annex':
      return `Annex ${digits}`;
    case 'cn-top':
      return `${chineseNumeral(cn!)}.`;
    case 'cn-paren':
      return `(${chineseNumeral(cn!)})`;
    case 'task':
      return `Task ${digits}.`;
    case 'arabic':
      return `${digits}.`;
    default:
      return m;
  }
}
