import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkAuditCoverage, type AuditedCollection } from '../../scripts/check/audit-coverage.ts';
import { assemblePipeline, type Pipeline } from '../../scripts/pipeline.ts';

// content/curated/AUDIT.md lists every record of every collection with its result. A record added
// later (a new platform, a new glossary organisation, a new call) fails here until someone reads
// it against the seeds and adds its row: “no change”, or the correction or ambiguity it needed.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let pipeline: Pipeline;

beforeAll(() => {
  pipeline = assemblePipeline(ROOT);
});

/** Every collection the audit covers, with the heading of its table in AUDIT.md. */
function collections(p: Pipeline): AuditedCollection[] {
  return [
    { heading: 'Platforms', ids: p.curated.platforms.map((x) => x.id) },
    { heading: 'Events', ids: p.curated.events.map((x) => x.id) },
    { heading: 'Cases', ids: p.curated.cases.map((x) => x.id) },
    { heading: 'Key figures', ids: p.curated.figures.map((x) => x.id) },
    { heading: 'Tables (metadata)', ids: p.tables.map((x) => x.id) },
    { heading: 'Policies', ids: p.policies.map((x) => x.id) },
    { heading: 'Organisations', ids: p.organisations.map((x) => x.id) },
    { heading: '2018 call / programme', ids: p.programmes.flatMap((x) => [x.id, ...x.keyProjects.map((k) => k.id)]) },
  ];
}

describe('content/curated/AUDIT.md', () => {
  test('lists every record of every collection, with a result', () => {
    const markdown = readFileSync(`${ROOT}content/curated/AUDIT.md`, 'utf8');
    expect(checkAuditCoverage(markdown, collections(pipeline))).toEqual([]);
  });
});
