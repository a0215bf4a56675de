/**
 * Web-page chrome saved with a web export: font-size switches, print / close / download links,
 * share prompts, QR-code hints. A line made only of such controls is not text of the document;
 * it is kept as an erratum (`web-chrome`), never dropped, and never taken for a heading.
 */
const CONTROL = [
  '字号[：:]\\s*(?:大\\s*中\\s*小|[大中小](?:\\s+[大中小])*)',
  '打印(?:本页|此页)?',
  '我要打印',
  '关闭(?:窗口|本页)?',
  '下载',
  '收藏',
  '纠错',
  '我要纠错',
  '返回顶部',
  '分享到[：:]?',
  '扫一扫在手机(?:上)?(?:打开|查看)当前页',
  '浏览次数[：:]\\s*\\d+',
  '【?\\s*字体[：:]\\s*[大中小\\s]+】?',
];
const TOKEN = `(?:【\\s*(?:${CONTROL.join('|')})\\s*】|\\[\\s*(?:${CONTROL.join('|')})\\s*\\]|(?:${CONTROL.join('|')}))`;
const LINE = new RegExp(`^${TOKEN}(?:[\\s|｜/·]*${TOKEN})*$`, 'u');

/** Is this trimmed line nothing but web-page controls? */
export const isWebChrome = (text: string): boolean => LINE.test(text);
