import { escapeTex } from './bibtex.ts';
import { cslJson } from './csl-json.ts';
import { dateParts, longDateEn, risDate } from './dates.ts';
import { DATASET_NAME, SITE_NAME } from './site-name.ts';
import type { CiteContext } from './types.ts';

/** Citations of the dataset as a whole, one string per style. */
export interface DatasetCitation {
  gbt7714: string;
  apa: string;
  chicago: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/**
 * Cites the open-data package as a whole (data page, zip README). Its producer is this site, so
 * the site is the author; the date is the release date from CHANGELOG.md, which we do know.
 * Cite a single number through its record's citation instead: that one names the original source.
 * GB/T 7714—2025 has a data-set form ([DS/OL]: 版本. 发布平台(发布日期)[引用日期]. 访问路径.).
 */
export function citeDataset(ctx: CiteContext & { released: string }): DatasetCitation {
  const zh = ctx.locale === 'zh';
  const [year] = dateParts(ctx.released);
  const id = `silk-road-st-yearbook-data-${ctx.release}`;
  const gbt7714 = zh
    ? `${DATASET_NAME.zh}[DS/OL]. ${ctx.release} 版. ${SITE_NAME.zh}(${ctx.released})[${ctx.accessed}]. ${ctx.url}.`
    : `${DATASET_NAME.en}[DS/OL]. Version ${ctx.release}. ` +
      `${SITE_NAME.en}(${ctx.released})[${ctx.accessed}]. ${ctx.url}.`;
  const apa = `${SITE_NAME.en}. (${year}). ${DATASET_NAME.en} (Version ${ctx.release}) [Data set]. ${ctx.url}`;
  const chicago =
    `${SITE_NAME.en}. ${year}. Silk Road S&T Yearbook Open Data. Version ${ctx.release}. Data set. ` +
    `Released ${longDateEn(ctx.released)}. Accessed ${longDateEn(ctx.accessed)}. ${ctx.url}.`;
  const name = SITE_NAME[ctx.locale];
  const title = DATASET_NAME[ctx.locale];
  const bibtex = [
    `@dataset{${id},`,
    `  author = {{${escapeTex(name)}}},`,
    `  title = {{${escapeTex(title)}}},`,
    `  version = {${ctx.release}},`,
    `  date = {${ctx.released}},`,
    `  url = {${ctx.url}},`,
    `  urldate = {${ctx.accessed}},`,
    `}`,
  ].join('\n');
  const ris = [
    ['TY', 'DATA'],
    ['ID', id],
    ['AU', name],
    ['TI', title],
    ['ET', ctx.release],
    ['PY', String(year)],
    ['DA', risDate(ctx.released)],
    ['UR', ctx.url],
    ['Y2', risDate(ctx.accessed)],
    ['ER', ''],
  ]
    .map(([tag, value]) => `${tag}  - ${value}`)
    .join('\n');
  const csl = {
    id,
    type: 'dataset',
    title,
    author: [{ literal: name }],
    version: ctx.release,
    issued: { 'date-parts': [dateParts(ctx.released)] },
    URL: ctx.url,
    accessed: { 'date-parts': [dateParts(ctx.accessed)] },
  };
  return { gbt7714, apa, chicago, bibtex, ris, cslJson: cslJson([csl]) };
}
