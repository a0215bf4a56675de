/**
 * 发文字号 — an official document number in the romanised form English citations use:
 * `新政发〔2018〕44号` → `Xin Zheng Fa [2018] No. 44`. The printed form is always shown beside it.
 */

/** Pinyin of the characters that make up issuing-office abbreviations; unknown ones give null. */
const PINYIN: Record<string, string> = {
  新: 'Xin',
  政: 'Zheng',
  办: 'Ban',
  发: 'Fa',
  函: 'Han',
  字: 'Zi',
  财: 'Cai',
  建: 'Jian',
  国: 'Guo',
  教: 'Jiao',
  科: 'Ke',
  党: 'Dang',
  委: 'Wei',
  兵: 'Bing',
  团: 'Tuan',
  农: 'Nong',
  商: 'Shang',
  工: 'Gong',
  信: 'Xin',
  人: 'Ren',
  社: 'She',
  部: 'Bu',
  厅: 'Ting',
  规: 'Gui',
  外: 'Wai',
  资: 'Zi',
  环: 'Huan',
  卫: 'Wei',
  计: 'Ji',
  改: 'Gai',
  高: 'Gao',
  技: 'Ji',
  知: 'Zhi',
  产: 'Chan',
  贸: 'Mao',
  区: 'Qu',
  市: 'Shi',
  合: 'He',
  综: 'Zong',
  通: 'Tong',
};
const NUMBER = /^(\p{Script=Han}+)\s*[〔［[﹝(（]\s*(\d{4})\s*[〕］\]﹞)）]\s*(\d+)\s*号$/u;

/** The romanised number, or null when the form or a character is not known (the page then shows the printed one). */
export function documentNumberToEnglish(printed: string): string | null {
  const m = NUMBER.exec(printed.trim());
  if (!m) return null;
  const syllables = [...m[1]!].map((c) => PINYIN[c]);
  if (syllables.some((s) => s === undefined)) return null;
  return `${syllables.join(' ')} [${m[2]}] No. ${m[3]}`;
}
