/**
 * Does `text` name `form` as a whole name? A Chinese form preceded by another Han character is
 * part of a longer name (试验区 in 自贸试验区, 科技部 in 中国科技部分院), except after a
 * function word (的试验区, 在试验区, 和试验区). A Latin form must stand as a whole word.
 */
const HAN = /\p{Script=Han}/u;
const FUNCTION_CHARS = new Set([...'的了在和与及等是为将对从由向把被该本各并或即于到']);
/** Verbs and prepositions that commonly introduce a name (围绕试验区, 推进试验区建设). */
const LEAD_INS = [
  '围绕',
  '推进',
  '推动',
  '建设',
  '支持',
  '依托',
  '加快',
  '深化',
  '参与',
  '面向',
  '通过',
  '关于',
  '实施',
  '开展',
  '落实',
  '包括',
  '服务',
  '纳入',
  '打造',
  '共建',
];
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function namesWhole(text: string, form: string): boolean {
  if (!form) return false;
  const latin = !HAN.test(form);
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + form.length] ?? '';
    if (latin) {
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
      continue;
    }
    if (!HAN.test(before) || FUNCTION_CHARS.has(before) || LEAD_INS.some((w) => text.slice(0, at).endsWith(w)))
      return true;
  }
  return false;
}
