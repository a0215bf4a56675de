import { describe, expect, test } from 'vitest';
import { documentNumberToEnglish } from './document-number-en.ts';

describe('documentNumberToEnglish', () => {
  test('romanises the issuing office and keeps year and serial number', () => {
    expect(documentNumberToEnglish('新政发〔2018〕44号')).toBe('Xin Zheng Fa [2018] No. 44');
    expect(documentNumberToEnglish('新政办发〔2018〕115号')).toBe('Xin Zheng Ban Fa [2018] No. 115');
    expect(documentNumberToEnglish('财建﹝2018﹞408号')).toBe('Cai Jian [2018] No. 408');
  });
  test('returns null for forms or characters it does not know', () => {
    expect(documentNumberToEnglish('某某发〔2018〕1号')).toBeNull();
    expect(documentNumberToEnglish('第44号')).toBeNull();
  });
});
