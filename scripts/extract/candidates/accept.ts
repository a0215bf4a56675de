import { stringify } from 'yaml';
import type { Candidate, CandidateData } from '../../../src/schemas/candidates.ts';
import { caseSchema, eventSchema, platformSchema } from '../../../src/schemas/records.ts';
import type { Case, KeyFigure, Phase, Platform, PolicyOverlay, TimelineEvent } from '../../../src/schemas/records.ts';

/**
 * A record's narrative, first drafted from the quoted passage: `key` is its front-matter field where
 * the schema has one (summary, content, results), `part` its block in an MDX body otherwise.
 */
export interface Prose {
  key: 'summary' | 'content' | 'results';
  part: 'main' | 'results';
  zh: string;
}

/**
 * A curated record written from a candidate: everything the extractor read is copied, with the
 * candidate named so the record takes it. What only an editor can write — the English, a
 * summary, a figure's meaning — is left empty, so the build names the file and field until it is
 * filled in (the schemas require them).
 */
export type Accepted =
  | { collection: 'platforms'; file: string; data: Omit<Platform, 'summary'>; prose: Prose[] }
  | { collection: 'events'; file: string; data: Omit<TimelineEvent, 'summary'>; prose: Prose[] }
  | { collection: 'cases'; file: string; data: Omit<Case, 'content' | 'results'>; prose: Prose[] }
  | { collection: 'figures'; file: string; data: KeyFigure; prose: [] }
  | { collection: 'policies'; file: string; data: PolicyOverlay; prose: [] };

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
          sources: c.sources,
        },
        prose: [{ key: 'summary', part: 'main', zh: first }],
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
          prose: [],
        };
      if (!c.date) throw new Error(`${c.id}: an event candidate without a date cannot be accepted`);
      return {
        collection: 'events',
        file: `content/curated/events/${recordId}.mdx`,
        data: {
          candidate: c.id,
          title: zhOnly(c.name),
          date: c.date,
          kind: c.eventKind ?? 'other',
          phase: phaseOf(c.date.year),
          countries: codes(c),
          related: [],
          sources: c.sources,
        },
        prose: [{ key: 'summary', part: 'main', zh: first }],
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
          figures,
          related: [],
          sources: c.sources,
        },
        prose: [
          { key: 'content', part: 'main', zh: first },
          { key: 'results', part: 'results', zh: '' },
        ],
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
        prose: [],
      };
    }
  }
}

const SHAPES = { platforms: platformSchema.shape, events: eventSchema.shape, cases: caseSchema.shape } as const;

/**
 * The record file: narrative fields go in the front matter where the schema has them, else into
 * the MDX body's language blocks (`<Zh>` drafted from the quote, `<En>` left for the translation).
 */
export function recordFile(a: Accepted & { collection: keyof typeof SHAPES }): string {
  const front: Record<string, unknown> = { ...a.data };
  const blocks: string[] = [];
  for (const p of a.prose) {
    if (p.key in SHAPES[a.collection]) front[p.key] = { zh: p.zh, en: '' };
    else {
      const part = p.part === 'main' ? '' : ` part="${p.part}"`;
      blocks.push(`<Zh${part}>\n${p.zh}\n</Zh>\n\n<En${part}>\n</En>\n`);
    }
  }
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${blocks.length ? `\n${blocks.join('\n')}` : ''}`;
}
