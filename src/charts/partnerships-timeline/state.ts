import type { Country, Phase } from '../../schemas/records.ts';
import { decimalYear } from '../shared/format.ts';

/** The fields of a timeline event the chart reads (eventSchema plus the record id). */
export interface TimelineEventInput {
  id: string;
  kind: string;
  phase: Phase;
  countries: readonly Country[];
  date: { year: number; month: number | null; day: number | null; toYear: number | null };
}

/** A phase as a span of decimal years: 1988-1999 → [1988, 2000). */
export interface PhaseSpan {
  phase: Phase;
  from: number;
  to: number;
  /** Lies inside another phase (2017–2018 within “since 2010”): drawn as a bracket, not a band. */
  nested: boolean;
  /** Events recorded in this phase. */
  count: number;
}

export interface PartnershipMark {
  id: string;
  kind: 'strategic-partnership' | 'comprehensive-strategic-partnership';
  at: number;
  date: TimelineEventInput['date'];
}

export interface Lane {
  country: Country;
  partnerships: PartnershipMark[];
  /** Other recorded events naming the country. */
  others: { id: string; kind: string; at: number }[];
}

export interface KeyEvent {
  id: string;
  number: number;
  at: number;
  date: TimelineEventInput['date'];
}

export interface TimelineState {
  domain: [number, number];
  phases: PhaseSpan[];
  lanes: Lane[];
  keyEvents: KeyEvent[];
}

const PARTNERSHIP = new Set(['strategic-partnership', 'comprehensive-strategic-partnership']);

/**
 * Key events on the top lane: the start of cooperation, agreements, and policies that are not
 * Xinjiang's own (such as the Silk Road Economic Belt initiative).
 */
export const isKeyEvent = (e: TimelineEventInput): boolean =>
  e.kind === 'cooperation-start' || e.kind === 'agreement' || (e.kind === 'policy' && !e.countries.includes('CN'));

/** Years of a phase id: `1988-1999` → [1988, 2000), `since-2010` → [2010, end). */
export function phaseSpan(phase: Phase, end: number): [number, number] {
  const range = /^(\d{4})-(\d{4})$/u.exec(phase);
  if (range) return [Number(range[1]), Number(range[2]) + 1];
  const since = /^since-(\d{4})$/u.exec(phase);
  if (since) return [Number(since[1]), end];
  throw new Error(`timeline: cannot read the phase “${phase}”`);
}

/** Events → phase bands, one lane per partner country with its partnership dates, and numbered key events. */
export function timelineState(events: readonly TimelineEventInput[], phases: readonly Phase[]): TimelineState {
  const end = Math.max(...events.map((e) => e.date.year)) + 1;
  const spans = phases.map((phase) => {
    const [from, to] = phaseSpan(phase, end);
    return { phase, from, to, count: events.filter((e) => e.phase === phase).length };
  });
  const withNesting = spans.map((s) => ({
    ...s,
    nested: spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to && o.to - o.from > s.to - s.from),
  }));
  const start = Math.min(...withNesting.map((s) => s.from), ...events.map((e) => e.date.year));
  const partnerships = events.filter((e) => PARTNERSHIP.has(e.kind));
  const countries = [...new Set(partnerships.flatMap((e) => e.countries))];
  const first = (c: Country) =>
    Math.min(...partnerships.filter((e) => e.countries.includes(c)).map((e) => decimalYear(e.date)));
  countries.sort((a, b) => first(a) - first(b) || a.localeCompare(b));
  const lanes = countries.map((country) => ({
    country,
    partnerships: partnerships
      .filter((e) => e.countries.includes(country))
      .map((e) => ({ id: e.id, kind: e.kind as PartnershipMark['kind'], at: decimalYear(e.date), date: e.date }))
      .sort((a, b) => a.at - b.at),
    others: events
      .filter((e) => !PARTNERSHIP.has(e.kind) && e.countries.includes(country))
      .map((e) => ({ id: e.id, kind: e.kind, at: decimalYear(e.date) })),
  }));
  const keyEvents = events
    .filter(isKeyEvent)
    .map((e) => ({ id: e.id, at: decimalYear(e.date), date: e.date }))
    .sort((a, b) => a.at - b.at)
    .map((e, i) => ({ ...e, number: i + 1 }));
  return { domain: [start, end], phases: withNesting, lanes, keyEvents };
}
