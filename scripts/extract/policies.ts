import type { SourceDocument } from '../../src/schemas/document.ts';
import type { Policy } from '../../src/schemas/policies.ts';
import type { PolicyOverlay } from '../../src/schemas/records.ts';
import type { OpenItems } from '../intake/open-items.ts';
import { findPolicyMentions } from './policy-mentions.ts';

/**
 * Joins the cited titles into policy records: citations with the same 文号 are one document,
 * and each document takes its id, kind, issuer and English title from the curated overlay.
 * A cited title without an overlay entry, or an overlay entry matching nothing, is an error; in a
 * draft document it is an open item (a 《…》 title may be a book, a gala or a TV series, not a policy).
 */
export function extractPolicies(
  documents: readonly SourceDocument[],
  overlays: readonly PolicyOverlay[],
  open?: OpenItems,
): Policy[] {
  const mentions = findPolicyMentions(documents);
  const byTitle = new Map(overlays.map((o) => [o.title, o]));
  const groups = new Map<PolicyOverlay, typeof mentions>();
  const problems: string[] = [];
  for (const m of mentions) {
    const sameNumber = m.number ? mentions.find((o) => o.number === m.number && byTitle.has(o.title)) : undefined;
    const overlay = byTitle.get(m.title) ?? (sameNumber ? byTitle.get(sameNumber.title) : undefined);
    if (!overlay && open?.isDraft(m.doc)) {
      const cited = `《${m.title}》${m.number ? `（${m.number}）` : ''}`;
      const message = `${cited} has no entry in content/curated/policies.yaml (a policy, or another kind of work)`;
      open.add({ doc: m.doc, gate: 'policies', where: m.anchor, message });
      continue;
    }
    if (!overlay) {
      problems.push(
        `content/curated/policies.yaml: ` +
          `no entry for 《${m.title}》${m.number ? `（${m.number}）` : ''} cited in ${m.doc}#${m.anchor}`,
      );
      continue;
    }
    groups.set(overlay, [...(groups.get(overlay) ?? []), m]);
  }
  const records = overlays.map((o): Policy => {
    const cited = groups.get(o) ?? [];
    if (cited.length === 0 && o.sources.length === 0)
      problems.push(`content/curated/policies.yaml: ${o.id} matches no citation and has no sources`);
    const numbers = [...new Set(cited.flatMap((m) => (m.number ? [m.number] : [])))];
    if (numbers.length > 1)
      problems.push(`content/curated/policies.yaml: ${o.id} joins different numbers ${numbers.join(', ')}`);
    return {
      id: o.id,
      title: o.title,
      titles: [...new Set([o.title, ...cited.map((m) => m.title)])],
      titleEn: o.titleEn,
      number: numbers[0] ?? null,
      year: cited.find((m) => m.year !== null)?.year ?? o.year,
      kind: o.kind,
      issuer: o.issuer,
      note: o.note ?? null,
      mentions: [...cited.map((m) => ({ doc: m.doc, anchor: m.anchor, quote: m.quote })), ...o.sources],
    };
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return records;
}
