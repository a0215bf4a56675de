import type { Bilingual } from './types.ts';

/** This site's name as it appears in citations (the same as `site.name` in src/i18n). */
export const SITE_NAME: Bilingual = { zh: '丝路科技合作年鉴', en: 'Silk Road S&T Yearbook' };

/** The name of the dataset as a whole (the open-data package). */
export const DATASET_NAME: Bilingual = { zh: '丝路科技合作年鉴开放数据', en: 'Silk Road S&T Yearbook open data' };

/**
 * What a citation says in place of the site's address when the build does not know it and no
 * script can fill it in (a data file, a page read without JavaScript): a bracketed "not known"
 * mark, as the styles bracket other details the citer must supply.
 */
export const UNKNOWN_ADDRESS: Bilingual = { zh: '[本站网址]', en: '[address of this site]' };
