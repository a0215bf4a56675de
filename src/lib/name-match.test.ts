import { describe, expect, test } from 'vitest';
import { namesWhole } from './name-match.ts';

describe('namesWhole', () => {
  test('a Chinese alias does not match inside a longer name', () => {
    expect(namesWhole('推进自贸试验区建设', '试验区')).toBe(false);
    expect(namesWhole('试验区建设18条政策', '试验区')).toBe(true);
    expect(namesWhole('围绕试验区重点任务', '试验区')).toBe(true);
    expect(namesWhole('支持新疆的试验区', '试验区')).toBe(true);
    expect(namesWhole('自贸试验区和试验区', '试验区')).toBe(true);
  });
  test('a Latin form is a whole word', () => {
    expect(namesWhole('use cases', 'CAS')).toBe(false);
    expect(namesWhole('CAS institutes', 'CAS')).toBe(true);
  });
});
