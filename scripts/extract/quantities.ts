/** A quantity stated in an indicator, kept as printed and read into numbers. */
export interface Quantity {
  /** The whole expression as printed, e.g. `30-50个`, `1万亩以上`, `10%以上`. */
  printed: string;
  /** Lower bound (or the single value) in the printed scale: 1 for `1万亩`. */
  min: number;
  /** Upper bound of a range, else null. */
  max: number | null;
  /** 万/亿/千 as printed in front of the unit, else null. */
  scale: '千' | '万' | '亿' | null;
  /** The unit as printed (`亩`, `万元`→ scale 万 + unit 元, `人次`, `%`). */
  unit: string;
  /** 以上/以下/左右/不少于/不低于/不超过/近/约/突破/余 as printed, else null. */
  qualifier: string | null;
}

const UNITS = [
  '平方公里',
  '平方米',
  '平米',
  '人次',
  '台（套）',
  '台套',
  '万罐',
  '美元',
  '微米',
  '家',
  '个',
  '项',
  '亩',
  '元',
  '人',
  '名',
  '篇',
  '份',
  '株',
  '次',
  '处',
  '套',
  '罐',
  '吨',
  '只',
  '间',
  '年',
  '%',
  '台',
];
const PREFIX = '(不少于|不低于|不超过|突破|近|约)?';
const NUMBER = '(\\d+(?:\\.\\d+)?)';
const RANGE = `(?:\\s*[-～~—至]\\s*${NUMBER})?`;
const SCALE = '(千|万|亿)?';
const SUFFIX = '(以上|以下|左右|余|多)?';
// 余/多 may also stand between the number and the unit: `100余家`, `20多个`.
const INFIX = '(余|多)?';
const pattern = (units: readonly string[]) => {
  const unit = `(${[...units]
    .sort((a, b) => b.length - a.length)
    .map((u) => u.replace(/[()]/gu, '\\$&'))
    .join('|')})`;
  return new RegExp(`${PREFIX}${NUMBER}${RANGE}\\s*${INFIX}\\s*${SCALE}\\s*${unit}${SUFFIX}`, 'gu');
};
const QUANTITY = pattern(UNITS);

/**
 * Every quantity in an indicator text, in order: `培训30人次以上` → 30 人次 以上. `units` replaces the
 * indicators' unit list (the candidate extractor reads a longer one from its word lists).
 */
export function findQuantities(text: string, units?: readonly string[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(units ? pattern(units) : QUANTITY)) {
    const [printed, pre, min, max, infix, scale, unit, post] = m;
    out.push({
      printed: printed!,
      min: Number(min),
      max: max ? Number(max) : null,
      scale: (scale as Quantity['scale']) ?? null,
      unit: unit!,
      qualifier: pre ?? infix ?? post ?? null,
    });
  }
  return out;
}

/**
 * Numbers printed in a text that no quantity reads, because no unit follows them (`实验室300，`, or
 * a unit printed as an image and lost, `专设20[image: ]联络管理办公室`). They are listed, never
 * given a guessed unit, so that a reader sees the figure and that its unit is not printed.
 */
export function unitlessNumbers(text: string): string[] {
  let rest = text;
  for (const q of findQuantities(text)) rest = rest.replace(q.printed, ' ');
  return [...rest.matchAll(/\d+(?:\.\d+)?/gu)].map((m) => m[0]);
}
