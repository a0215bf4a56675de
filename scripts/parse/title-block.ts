/**
 * Title-block lines: what a web page or a report prints under its title before the text begins —
 * a dateline (`——2025年1月18日在…会议上`), `来源：`, `时间：`, an author or editor, a byline
 * (`■文 / 本刊特约撰稿 …`). Each is a line of its own: it neither continues nor is continued.
 */
const DATELINE = /^[—－-]{2}\s*\S/u;
const FIELD =
  /^(?:来源|信息来源|稿件来源|时间|发布时间|发布日期|日期|作者|撰稿|撰文|编辑|责任编辑|发布机构|文章来源)\s*[：:]/u;
const BYLINE = /^■?\s*文\s*[/／]/u;

/** A byline (`■文 / 本刊特约撰稿 …`) is one wherever it is printed. */
export const isByline = (text: string): boolean => BYLINE.test(text);

/** Is this trimmed line (errata removed) part of a title block? */
export const isTitleBlockLine = (text: string): boolean => DATELINE.test(text) || FIELD.test(text) || BYLINE.test(text);
