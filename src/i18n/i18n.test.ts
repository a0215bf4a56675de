import { describe, expect, test } from 'vitest';
import auditEn from './audit.en.json' with { type: 'json' };
import auditZh from './audit.zh.json' with { type: 'json' };
import bodiesEn from './bodies.en.json' with { type: 'json' };
import bodiesZh from './bodies.zh.json' with { type: 'json' };
import browseEn from './browse.en.json' with { type: 'json' };
import browseZh from './browse.zh.json' with { type: 'json' };
import chartViewsEn from './chart-views.en.json' with { type: 'json' };
import chartViewsZh from './chart-views.zh.json' with { type: 'json' };
import chartsEn from './charts.en.json' with { type: 'json' };
import chartsZh from './charts.zh.json' with { type: 'json' };
import citeEn from './cite.en.json' with { type: 'json' };
import citeZh from './cite.zh.json' with { type: 'json' };
import citeValueEn from './cite-value.en.json' with { type: 'json' };
import citeValueZh from './cite-value.zh.json' with { type: 'json' };
import countryPageEn from './country-page.en.json' with { type: 'json' };
import countryPageZh from './country-page.zh.json' with { type: 'json' };
import englishPagesEn from './english-pages.en.json' with { type: 'json' };
import englishPagesZh from './english-pages.zh.json' with { type: 'json' };
import extractionEn from './extraction.en.json' with { type: 'json' };
import extractionZh from './extraction.zh.json' with { type: 'json' };
import glossarySourceEn from './glossary-source.en.json' with { type: 'json' };
import glossarySourceZh from './glossary-source.zh.json' with { type: 'json' };
import intakeEn from './intake.en.json' with { type: 'json' };
import intakeZh from './intake.zh.json' with { type: 'json' };
import mapEn from './map.en.json' with { type: 'json' };
import mapZh from './map.zh.json' with { type: 'json' };
import movedEn from './moved.en.json' with { type: 'json' };
import movedZh from './moved.zh.json' with { type: 'json' };
import organisationUnitsEn from './organisation-units.en.json' with { type: 'json' };
import organisationUnitsZh from './organisation-units.zh.json' with { type: 'json' };
import platformCountsEn from './platform-counts.en.json' with { type: 'json' };
import platformCountsZh from './platform-counts.zh.json' with { type: 'json' };
import readerLinksEn from './reader-links.en.json' with { type: 'json' };
import readerLinksZh from './reader-links.zh.json' with { type: 'json' };
import reportPageEn from './report-page.en.json' with { type: 'json' };
import reportPageZh from './report-page.zh.json' with { type: 'json' };
import searchEn from './search.en.json' with { type: 'json' };
import searchZh from './search.zh.json' with { type: 'json' };
import sourceLinkEn from './source-link.en.json' with { type: 'json' };
import sourceLinkZh from './source-link.zh.json' with { type: 'json' };
import tableDownloadEn from './table-download.en.json' with { type: 'json' };
import tableDownloadZh from './table-download.zh.json' with { type: 'json' };
import timelineBrowseEn from './timeline-browse.en.json' with { type: 'json' };
import timelineBrowseZh from './timeline-browse.zh.json' with { type: 'json' };
import enBase from './en.json' with { type: 'json' };
import zhBase from './zh.json' with { type: 'json' };

const zh: Record<string, string> = {
  ...zhBase,
  ...auditZh,
  ...bodiesZh,
  ...browseZh,
  ...chartViewsZh,
  ...chartsZh,
  ...citeZh,
  ...citeValueZh,
  ...countryPageZh,
  ...englishPagesZh,
  ...extractionZh,
  ...glossarySourceZh,
  ...intakeZh,
  ...mapZh,
  ...movedZh,
  ...organisationUnitsZh,
  ...platformCountsZh,
  ...readerLinksZh,
  ...reportPageZh,
  ...searchZh,
  ...sourceLinkZh,
  ...tableDownloadZh,
  ...timelineBrowseZh,
};
const en: Record<string, string> = {
  ...enBase,
  ...auditEn,
  ...bodiesEn,
  ...browseEn,
  ...chartViewsEn,
  ...chartsEn,
  ...citeEn,
  ...citeValueEn,
  ...countryPageEn,
  ...englishPagesEn,
  ...extractionEn,
  ...glossarySourceEn,
  ...intakeEn,
  ...mapEn,
  ...movedEn,
  ...organisationUnitsEn,
  ...platformCountsEn,
  ...readerLinksEn,
  ...reportPageEn,
  ...searchEn,
  ...sourceLinkEn,
  ...tableDownloadEn,
  ...timelineBrowseEn,
};
import { switchLocalePath, useTranslations } from './index.ts';

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
