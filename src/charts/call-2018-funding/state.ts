import type { Programme } from '../../schemas/programmes.ts';

const SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };

/** 项目类别 — one category of the call with its funding range and quota, amounts in yuan. */
export interface FundingRow {
  kind: Programme['categories'][number]['kind'];
  /** The category's name as printed (重点项目). */
  name: string;
  /** The range as printed (`100～200万元`). */
  printed: string;
  /** Per project, in yuan. */
  min: number;
  max: number;
  /** 项以内 — at most this many projects. */
  maxProjects: number;
  /** If every place were funded: maxProjects × the range, in yuan. */
  envelopeMin: number;
  envelopeMax: number;
  anchor: string;
}

export interface FundingState {
  rows: FundingRow[];
  maxPerProject: number;
  maxEnvelope: number;
}

/** The 2018 call's categories → per-project funding ranges and the implied ceilings. */
export function fundingState(programme: Programme): FundingState {
  const rows = programme.categories.map((c): FundingRow => {
    const unit = c.funding.unit;
    if (unit !== '元') throw new Error(`call ${programme.id}: funding of “${c.name}” is in “${unit}”, not 元`);
    const f = c.funding.scale ? SCALE[c.funding.scale]! : 1;
    const min = c.funding.min * f;
    const max = (c.funding.max ?? c.funding.min) * f;
    return {
      kind: c.kind,
      name: c.name,
      printed: c.funding.printed,
      min,
      max,
      maxProjects: c.maxProjects,
      envelopeMin: min * c.maxProjects,
      envelopeMax: max * c.maxProjects,
      anchor: c.anchor,
    };
  });
  return {
    rows,
    maxPerProject: Math.max(...rows.map((r) => r.max)),
    maxEnvelope: Math.max(...rows.map((r) => r.envelopeMax)),
  };
}
