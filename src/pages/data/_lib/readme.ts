import type { DatasetCitation } from '../../../lib/citation/index.ts';
import { LICENCE, RIGHTS } from './datapackage.ts';
import type { DataResource } from './resources.ts';

export interface ReadmeInput {
  version: string;
  released: string;
  homepage: { zh: string; en: string };
  resources: readonly DataResource[];
  citation: { zh: DatasetCitation; en: DatasetCitation };
}

const fence = (text: string) => `\`\`\`\n${text}\n\`\`\``;

/** README.md of the zip: what the files are, the licence and how to cite, in Chinese and English. */
export function readme({ version, released, homepage, resources, citation }: ReadmeInput): string {
  const csv = resources.filter((r) => r.format === 'csv' && !r.name.startsWith('table-'));
  const tables = resources.filter((r) => r.format === 'csv' && r.name.startsWith('table-'));
  const rows = (lang: 'zh' | 'en') => csv.map((r) => `| \`${r.path}\` | ${r.title[lang]} |`).join('\n');
  return `# 丝路科技合作年鉴开放数据 · Silk Road S&T Yearbook open data

数据版本 / Data release: **${version}** (${released})

## 中文

本数据包收录丝路科技合作年鉴的全部表格与记录。所有内容均整理自五份中文原始文献，每条记录都可追溯到原文段落。网站：${homepage.zh}

### 文件

- \`datapackage.json\`：Frictionless 数据包描述，列出每个文件的字段、类型、单位和中英文标题。
- CSV 文件为带 BOM 的 UTF-8 编码（Excel 可直接正确显示中文），逗号分隔；空单元格表示原文未写明；多个值以分号分隔。
- 多数数据集另有 JSON 文件（见 \`datapackage.json\`）；\`documents/<文献>.json\` 为原始文献全文（段落、表格、锚点）。
- \`tables/<表>.csv\`：原文表格（共 ${tables.length} 张），每个单元格一行；\`printed\` 为原文所印，\`value\` 仅在单元格为数字时填写，\
“—”“/”等标记见 \`flag\`，“约”“近”“以上”等限定词见 \`qualifier\`，不混入数值。

| 文件 | 内容 |
| --- | --- |
${rows('zh')}

### 许可

数据采用 ${LICENCE.title}（${LICENCE.name}）许可：${LICENCE.path}

${RIGHTS.zh}

### 引用

引用某一数字时，请使用该记录页面上的“引用”功能：引文先列原始文献，再列本站。引用整个数据集：

${fence(citation.zh.gbt7714)}

BibTeX、RIS 与 CSL-JSON 见 \`citation.bib\`、\`citation.ris\`、\`citation.json\`。

## English

This package holds every table and record of the Silk Road S&T Yearbook. Everything is compiled
from five Chinese source documents, and every record links back to the paragraph it comes from.
Site: ${homepage.en}

### Files

- \`datapackage.json\`: the Frictionless Data Package descriptor, with the fields, types, units and
  Chinese and English titles of every file.
- CSV files are UTF-8 with a byte-order mark (so Excel shows Chinese correctly), comma-separated;
  an empty cell means the source does not state it; lists are separated by semicolons.
- Most collections also come as JSON (see \`datapackage.json\`); \`documents/<slug>.json\` holds the full text \
of a source document
  (paragraphs, tables, anchors).
- \`tables/<id>.csv\`: the source tables (${tables.length} of them), one row per cell. \`printed\` is the
  cell as printed; \`value\` is set only when the cell is a number; symbols such as “—” and “/” are
  in \`flag\`, qualifiers such as 约 (about), 近 (nearly) and 以上 (or more) in \`qualifier\`, never in
  the value.

| file | contents |
| --- | --- |
${rows('en')}

### Licence

The data are released under ${LICENCE.title} (${LICENCE.name}): ${LICENCE.path}

${RIGHTS.en}

### How to cite

To cite a number, use the "Cite" panel of its record page: it cites the original source document
first and this site second. To cite the dataset as a whole:

${fence(citation.en.apa)}

${fence(citation.en.gbt7714)}

BibTeX, RIS and CSL-JSON: \`citation.bib\`, \`citation.ris\`, \`citation.json\`.
`;
}

/** LICENSE.md of the zip: the licence by name and address, and what it does not cover. */
export function licenceText(): string {
  return `# Licence · 许可

Data: ${LICENCE.title} (${LICENCE.name})
数据：${LICENCE.title}（${LICENCE.name}）

Summary: ${LICENCE.path}
Legal code / 法律文本: ${LICENCE.path}legalcode

You may share and adapt the data for any purpose, provided you give appropriate credit (cite the
dataset and, for any number, its original source document), link to the licence and say whether
you made changes.

在注明出处（引用本数据集，引用具体数字时同时引用其原始文献）、附上许可协议链接并说明是否作过修改的前提下，可为任何目的分享和改编本数据。

## What the licence does not cover · 许可不涵盖的内容

${RIGHTS.en}

${RIGHTS.zh}
`;
}
