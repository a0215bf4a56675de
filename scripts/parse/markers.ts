import type { MarkerKind } from '../../src/schemas/document.ts';

const CN_NUM = '[一二三四五六七八九十百]+';

/** Numbering styles, tried in order; `whole` markers must fill the line. */
const MARKERS: ReadonlyArray<{ kind: MarkerKind; regex: RegExp }> = [
  { kind: 'chapter', regex: new RegExp(`^第${CN_NUM}章\\s*`, 'u') },
  { kind: 'annex', regex: /^附件\s*\d+\s*$/u },
  { kind: 'bracket', regex: /^【[^】]{1,20}】\s*$/u },
  { kind: 'cn-top', regex: new RegExp(`^${CN_NUM}、\\s*`, 'u') },
  { kind: 'cn-paren', regex: new RegExp(`^[（(]${CN_NUM}[）)]\\s*`, 'u') },
  { kind: 'task', regex: /^任务\s*\d{1,2}\s*[.．、]\s*/u },
  // `1.5亿` is a number, not an item: the dot must not be followed by a digit.
  { kind: 'arabic', regex: /^\d{1,2}\s*[.．、](?!\d)\s*/u },
  { kind: 'label', regex: /^[^，。；、\s]{2,12}[：:]\s*$/u },
];

/**
 * Outline rank of each numbering style, outermost first. A heading closes every open
 * heading of equal or greater rank, so `附件2` closes annex 1 with all its sections.
 */
export const MARKER_RANK: Readonly<Record<MarkerKind, number>> = {
  title: 0,
  chapter: 1,
  annex: 2,
  bracket: 3,
  'cn-top': 3,
  'cn-paren': 4,
  label: 5,
  arabic: 6,
  task: 6,
};

export interface Marker {
  kind: MarkerKind;
  /** The marker as printed, e.g. `（一）`; for labels the whole label. */
  text: string;
}

/** Finds the numbering marker at the start of a trimmed line, if any. */
export function findMarker(line: string): Marker | null {
  for (const { kind, regex } of MARKERS) {
    const m = regex.exec(line);
    if (!m) continue;
    // A label is the whole line and carries no separate number.
    if (kind === 'label' || kind === 'annex' || kind === 'bracket') return { kind, text: '' };
    return { kind, text: m[0] };
  }
  return null;
}
