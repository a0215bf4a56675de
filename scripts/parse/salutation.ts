/**
 * A salutation (`各位代表：`, `同志们：`, `尊敬的各位来宾：`) opens a speech or report. It ends in a
 * colon like a label heading, but it addresses the audience, so it is a paragraph of the text.
 */
const ADDRESS = /^(?:各位|尊敬的|亲爱的)[^，。；：:！!]{1,16}[：:！!]$/u;
const COLLECTIVE = /^(?:同志们|女士们|先生们|朋友们|代表们)(?:[、，,](?:同志们|女士们|先生们|朋友们))*[：:！!]$/u;

export const isSalutation = (text: string): boolean => ADDRESS.test(text) || COLLECTIVE.test(text);
