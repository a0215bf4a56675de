import type { Bilingual } from './types.ts';

/** This site's name as it appears in citations (the same as `site.name` in src/i18n). */
export const SITE_NAME: Bilingual = { zh: '丝路科技合作年鉴', en: 'Silk Road S&T Yearbook' };

/** The name of the dataset as a whole (the open-data package). */
export const DATASET_NAME: Bilingual = { zh: '丝路科技合作年鉴开放数据', en: 'Silk Road S&T Yearbook open data' };
