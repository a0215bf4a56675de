import type { Candidate, CandidateData } from '../../../src/schemas/candidates.ts';
import type { Case, KeyFigure, Phase, Platform, PolicyOverlay, TimelineEvent } from '../../../src/schemas/records.ts';

/**
 * A curated record written from a candidate: everything the extractor read is copied, with the
 * candidate named so the record takes it. What only an editor can write — the English, a
 * summary, a figure's meaning — is left empty, so the build names the file and field until it is
 * filled in (the schemas require them).
 */
export type Accepted =
  | { collection: 'platforms'; file: string; data: Platform }
  | { collection: 'events'; file: string; data: TimelineEvent }
  | { collection: 'cases'; file: string; data: Case }
  | { collection: 'figures'; file: string; data: KeyFigure }
  | { collection: 'policies'; file: string; data: PolicyOverlay };

const codes = (c: CandidateData) => c.countries.map((x) => x.code);
const zhOnly = (zh: string) => ({ zh, en: '' });

/** The article's phase (001) a year falls in, as a first reading; the editor corrects it where they overlap. */
export function phaseOf(year: number): Phase {
  if (year <= 1999) return '1988-1999';
  if (year <= 2009) return '2000-2010';
  return year >= 2017 && year <= 2018 ? '2017-2018' : 'since-2010';
}

export function acceptCandidate(c: Candidate & { id: string }, recordId: string): Accepted {
  const first = c.sources[0]!.quote;
  const figures = c.quantities.map((q) => ({ printed: q.printed, measures: zhOnly(q.subject || q.printed) }));
  switch (c.collection) {
    case 'platforms':
      return {
        collection: 'platforms',
        file: `content/curated/platforms/${recordId}.mdx`,
        data: {
          candidate: c.id,
          name: c.name,
          aliases: [],
          kind: c.platformKind ?? 'other',
          countries: codes(c),
          host: c.host,
          location: c.place,
          year: c.date?.year ?? null,
          status: c.status,
          figures,
          summary: zhOnly(first),
          sources: c.sources,
        },
      };
    case 'events':
    case 'policies':
      if (c.collection === 'policies')
        return {
          collection: 'policies',
          file: 'content/curated/policies.yaml',
          data: {
            id: recordId,
            title: c.name,
            kind: 'policy',
            issuer: null,
            titleEn: '',
            year: c.date?.year ?? null,
            sources: [],
          },
        };
      if (!c.date) throw new Error(`${c.id}: an event candidate without a date cannot be accepted`);
      return {
        collection: 'events',
        file: `content/curated/timeline/${recordId}.mdx`,
        data: {
          candidate: c.id,
          title: zhOnly(c.name),
          date: c.date,
          kind: c.eventKind ?? 'other',
          phase: phaseOf(c.date.year),
          countries: codes(c),
          related: [],
          summary: zhOnly(first),
          sources: c.sources,
        },
      };
    case 'cases':
      return {
        collection: 'cases',
        file: `content/curated/cases/${recordId}.mdx`,
        data: {
          candidate: c.id,
          kind: 'enterprise',
          actor: c.name,
          years: c.date ? [c.date.year] : [],
          countries: codes(c),
          partners: [],
          title: zhOnly(c.name),
          content: zhOnly(first),
          results: zhOnly(''),
          figures,
          related: [],
          sources: c.sources,
        },
      };
    case 'figures': {
      const q = c.quantities[0]!;
      return {
        collection: 'figures',
        file: 'content/curated/figures.yaml',
        data: {
          id: recordId,
          candidate: c.id,
          printed: q.printed,
          value: q.max === null ? q.value : null,
          unit: `${q.scale ?? ''}${q.unit}`,
          qualifier: q.qualifier,
          measures: zhOnly(q.subject),
          year: c.date?.year ?? null,
          countries: codes(c),
          topic: 'other',
          sources: c.sources,
        },
      };
    }
  }
}
