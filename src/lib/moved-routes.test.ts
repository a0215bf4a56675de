import { describe, expect, test } from 'vitest';
import { MOVED_SECTIONS, movedPath } from './moved-routes.ts';

describe('movedPath', () => {
  test('maps every moved section to its new segment, keeping language and rest of the path', () => {
    for (const [from, to] of Object.entries(MOVED_SECTIONS)) {
      expect(movedPath(`/en/${from}/`)).toBe(`/en/${to}/`);
      expect(movedPath(`/zh/${from}/some-id/`)).toBe(`/zh/${to}/some-id/`);
    }
  });
  test('leaves other paths alone', () => {
    expect(movedPath('/en/platforms/')).toBeNull();
    expect(movedPath('/data/x.csv')).toBeNull();
  });
});
