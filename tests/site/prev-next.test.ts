import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist.ts';

// A Prev/Next or related-record label puts the date before the title, unless the title already
// opens with its year: a reader should never see “2018 2018 call…”.
const pages = builtPages();
const text = (html: string) =>
  html
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
const REPEATED_YEAR = /(?<!\d)(\d{4})年?\s+\1(?!\d)/u;

describe('record navigation labels', () => {
  test('no Prev/Next or related-event label repeats a year', () => {
    const repeated: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const labels = [
        ...[...html.matchAll(/<a rel="(?:prev|next)"[^>]*>([\s\S]*?)<\/a>/gu)].map((m) => m[1]!),
        ...[...html.matchAll(/<ul class="related">([\s\S]*?)<\/ul>/gu)].flatMap((m) => m[1]!.split('</li>')),
      ];
      for (const label of labels) if (REPEATED_YEAR.test(text(label))) repeated.push(`${page}: ${text(label)}`);
    }
    expect(repeated.slice(0, 20)).toEqual([]);
  });
});
