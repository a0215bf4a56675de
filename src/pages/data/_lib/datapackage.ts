import type { Bilingual } from './fields.ts';
import type { DataResource } from './resources.ts';

/** The licence of the data, and what it does not cover. */
export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Said plainly wherever the licence is named (datapackage.json, README, LICENSE, data page). */
export const RIGHTS: Bilingual = {
  zh:
    '本项目对自身的工作成果——数据结构、整理的记录、英文翻译、表格分类与元数据——采用 CC BY 4.0 许可发布。五份原始文献的文字和表格的权利属于其各自的权利人（文本未写明出版者），不属于本项目，' +
    '也不受本许可约束；本站转录原文仅为研究引用。使用原文时，请引用原始文献。',
  en:
    'The project releases its own work — the data structure, the curated records, the English translations, ' +
    'the typing of table cells and the metadata — under CC BY 4.0. The text and tables of the five source ' +
    'documents belong to their own rights holders (the texts do not name their publishers), not to this project, ' +
    'and this licence does not cover them; the site reproduces them for reference and research. When you use the ' +
    'source text, cite the original document.',
};

export interface PackageMeta {
  version: string;
  released: string;
  /** Absolute address of the data page; null when the build has no site address. */
  homepage: string | null;
  sources: { title: string; path: string }[];
}

/**
 * The Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/).
 * Titles are English in `title` and bilingual in `titles`; CSV resources carry a Table Schema,
 * JSON resources name the collection their records belong to.
 */
export function dataPackage(resources: readonly DataResource[], meta: PackageMeta) {
  return {
    profile: 'data-package',
    name: 'silk-road-st-yearbook',
    title: 'Silk Road S&T Yearbook open data',
    titles: { zh: '丝路科技合作年鉴开放数据', en: 'Silk Road S&T Yearbook open data' },
    description:
      'Tables and records of S&T cooperation between Xinjiang and Central Asia, built from five Chinese source ' +
      'documents; every record links to the paragraph it comes from. CSV files are UTF-8 with a byte-order ' +
      'mark, comma-separated, CRLF line ends, empty cells meaning “not stated”; lists are semicolon-separated.',
    version: meta.version,
    created: `${meta.released}T00:00:00Z`,
    ...(meta.homepage && { homepage: meta.homepage }),
    keywords: [
      'Xinjiang',
      'Central Asia',
      'science and technology cooperation',
      'Belt and Road',
      '新疆',
      '中亚',
      '科技合作',
    ],
    licenses: [LICENCE],
    rights: RIGHTS,
    sources: meta.sources,
    resources: resources.map((r) => ({
      name: r.name,
      path: r.path,
      profile: r.format === 'csv' ? 'tabular-data-resource' : 'data-resource',
      title: r.title.en,
      titles: r.title,
      description: r.description.en,
      descriptions: r.description,
      format: r.format,
      mediatype: r.format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      bytes: new TextEncoder().encode(r.text).length,
      ...(r.format === 'csv' && {
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      }),
      ...(r.schema && { schema: r.schema }),
      ...(r.collection && { collection: r.collection }),
      ...(r.sources && { sources: r.sources }),
    })),
  };
}
