import { describe, expect, test } from 'vitest';
import { escapeTex } from './bibtex.ts';
import { buildDate } from './build-date.ts';
import { dateParts, longDateEn, risDate } from './dates.ts';
import { authorOf, initials } from './names.ts';
import { absoluteUrl, citationUrl, ORIGIN_SLOT, siteUrl } from './site-url.ts';
import { nestQuotes, sentence } from './text.ts';

describe('dates', () => {
  test('dateParts(iso) splits a date and refuses anything else', () => {
    expect(dateParts('2026-11-23')).toEqual([2026, 11, 23]);
    expect(() => dateParts('23/11/2026')).toThrow(/YYYY-MM-DD/u);
    expect(() => dateParts('2026-13-01')).toThrow(/no such date/u);
  });
  test('longDateEn and risDate format it for APA/Chicago and RIS', () => {
    expect(longDateEn('2026-01-05')).toBe('January 5, 2026');
    expect(risDate('2026-01-05')).toBe('2026/01/05');
  });
});

describe('buildDate', () => {
  test('is the UTC day of the build, or BUILD_DATE, or SOURCE_DATE_EPOCH', () => {
    expect(buildDate({}, new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
    expect(buildDate({ BUILD_DATE: '2026-12-01' })).toBe('2026-12-01');
    expect(buildDate({ SOURCE_DATE_EPOCH: '1795392000' })).toBe('2026-11-23');
    expect(() => buildDate({ BUILD_DATE: 'today' })).toThrow(/BUILD_DATE/u);
  });
});

describe('siteUrl', () => {
  test('is null when unset (no placeholder host) and drops a trailing slash', () => {
    expect(siteUrl({})).toBeNull();
    expect(siteUrl({ SITE_URL: '  ' })).toBeNull();
    expect(siteUrl({ SITE_URL: 'https://yearbook.example.net/' })).toBe('https://yearbook.example.net');
    expect(siteUrl({ SITE_URL: 'https://host.example/sub/' })).toBe('https://host.example/sub');
  });
  test('refuses a relative or non-http address', () => {
    expect(() => siteUrl({ SITE_URL: '/zh/' })).toThrow(/absolute/u);
    expect(() => siteUrl({ SITE_URL: 'ftp://x.example' })).toThrow(/http/u);
  });
  test('absoluteUrl joins a site path', () => {
    expect(absoluteUrl('/zh/tables/x/', 'https://h.example')).toBe('https://h.example/zh/tables/x/');
  });
  test('without an address, links are root-relative and citations carry the origin slot', () => {
    expect(absoluteUrl('zh/tables/x/', null)).toBe('/zh/tables/x/');
    expect(citationUrl('/zh/tables/x/', null)).toBe(`${ORIGIN_SLOT}/zh/tables/x/`);
    expect(citationUrl('/zh/tables/x/', 'https://h.example')).toBe('https://h.example/zh/tables/x/');
  });
});

describe('names and text', () => {
  test('authorOf reads the family name first from the romanized form', () => {
    const doc = {
      slug: 'x',
      kind: 'article',
      title: { zh: '题', en: 'T', printed: true },
      origin: { author: { zh: '牛新民', en: 'Niu Xinmin' }, publication: null, note: { zh: '注', en: 'n' } },
    } as const;
    expect(authorOf(doc)).toEqual({ zh: '牛新民', family: 'Niu', given: 'Xinmin' });
    expect(authorOf({ ...doc, origin: { ...doc.origin, author: null } })).toBeNull();
  });
  test('initials keeps hyphens', () => {
    expect(initials('Xinmin')).toBe('X.');
    expect(initials('Xin-min')).toBe('X.-M.');
    expect(initials('Mary Ann')).toBe('M. A.');
  });
  test('sentence puts the full stop inside a closing quotation mark, once', () => {
    expect(sentence('Table “Trade”')).toBe('Table “Trade.”');
    expect(sentence('Done.')).toBe('Done.');
    expect(sentence('Why?”')).toBe('Why?”');
  });
  test('nestQuotes and escapeTex', () => {
    expect(nestQuotes('“一带一路”')).toBe('‘一带一路’');
    expect(escapeTex('S&T 50% #1 a_b {x} ~^\\')).toBe(
      'S\\&T 50\\% \\#1 a\\_b \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
  });
});
