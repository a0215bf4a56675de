import type { DocNode, Heading, SourceDocument } from '../../src/schemas/document.ts';
import type { Programme } from '../../src/schemas/programmes.ts';
import type { TableRecord } from '../../src/schemas/tables.ts';
import { countriesOfBilateralTitle } from '../../src/lib/countries.ts';
import { findQuantities, unitlessNumbers } from './quantities.ts';

type Anchored = Programme['requirements'][number];

const anchored = (node: DocNode): Anchored =>
  node.type === 'paragraph' || node.type === 'heading'
    ? { anchor: node.id, marker: node.marker?.trim() ?? null, text: node.text }
    : { anchor: node.id, marker: null, text: '' };

/** The nodes after `heading` up to the next heading of the same or a higher level. */
function sectionOf(nodes: readonly DocNode[], heading: Heading): DocNode[] {
  const start = nodes.indexOf(heading) + 1;
  const out: DocNode[] = [];
  for (const node of nodes.slice(start)) {
    if (node.type === 'heading' && node.level <= heading.level) break;
    out.push(node);
  }
  return out;
}

const headings = (nodes: readonly DocNode[]) =>
  nodes.filter((n): n is Heading & { id: string } => n.type === 'heading');
const paragraphs = (nodes: readonly DocNode[]) => nodes.filter((n) => n.type === 'paragraph');
const childHeading = (nodes: readonly DocNode[], pattern: RegExp) =>
  headings(nodes).find((h) => h.markerKind === 'cn-top' && pattern.test(h.text));

/**
 * Reads the 2018 call (003) into a programme record: categories with quotas and funding, the key
 * projects with their annexes (goals, tasks, binding and expected indicators with quantities,
 * requirements, drafting experts), the areas of general projects and the common requirements.
 * Works from the document outline, so an edited seed that keeps its structure still parses.
 */
export function extractProgramme(doc: SourceDocument, tables: readonly TableRecord[]): Programme {
  const nodes = doc.nodes;
  const fail = (what: string): never => {
    throw new Error(`${doc.file}: cannot read the call: ${what}`);
  };
  const top = headings(nodes).filter(
    (h) =>
      h.markerKind === 'cn-top' &&
      !nodes.slice(0, nodes.indexOf(h)).some((n) => n.type === 'heading' && n.markerKind === 'annex'),
  );
  const keyHeading = top.find((h) => h.text === '重点项目') ?? fail('no section 重点项目');
  const generalHeading = top.find((h) => h.text === '一般项目') ?? fail('no section 一般项目');
  const requirementsHeading = top.find((h) => /申报要求/u.test(h.text)) ?? fail('no section 申报要求');

  const categories: Programme['categories'] = [];
  for (const p of paragraphs(nodes.slice(0, nodes.indexOf(keyHeading)))) {
    for (const m of p.text.matchAll(/(重点项目|一般项目)(\d+)项以内，支持额度为([^。]+?万元)/gu)) {
      const funding = findQuantities(m[3]!)[0] ?? fail(`no funding range in “${m[0]}”`);
      categories.push({
        kind: m[1] === '重点项目' ? 'key' : 'general',
        name: m[1]!,
        maxProjects: Number(m[2]),
        funding,
        anchor: p.id,
      });
    }
  }
  if (categories.length !== 2) fail('expected the quotas of 重点项目 and 一般项目');

  const annexes = headings(nodes).filter((h) => h.markerKind === 'annex');
  const keyProjects = headings(sectionOf(nodes, keyHeading))
    .filter((h) => h.markerKind === 'cn-paren')
    .map((entry, i): Programme['keyProjects'][number] => {
      const m = /^(.*?)[（(]附件(\d+)[）)]$/u.exec(entry.text) ?? fail(`key project “${entry.text}” names no annex`);
      const annexNumber = Number(m[2]);
      const annex = annexes.find((a) => a.marker === `附件${annexNumber}`) ?? fail(`annex ${annexNumber} is missing`);
      const body = sectionOf(nodes, annex);
      const part = (pattern: RegExp) => {
        const h = childHeading(body, pattern);
        return h ? sectionOf(nodes, h) : [];
      };
      const indicators: Programme['keyProjects'][number]['indicators'] = [];
      let binding: boolean | null = null;
      for (const node of part(/考核指标/u)) {
        if (node.type === 'heading' && node.markerKind === 'label')
          binding = /约束性/u.test(node.text)
            ? true
            : /预期性/u.test(node.text)
              ? false
              : fail(`unknown indicator label “${node.text}”`);
        else if (node.type === 'paragraph' && binding !== null) {
          const quantities = findQuantities(node.text);
          indicators.push({ ...anchored(node), binding, quantities, unitless: unitlessNumbers(node.text) });
        }
      }
      const table = body.find((n) => n.type === 'table');
      const tableRecord = table ? (tables.find((t) => t.doc === doc.slug && t.anchor === table.id) ?? null) : null;
      return {
        id: `call-2018-key-project-${i + 1}`,
        number: i + 1,
        title: m[1]!,
        annex: annexNumber,
        countries: countriesOfBilateralTitle(m[1]!),
        listAnchor: entry.id,
        annexAnchor: annex.id,
        goals: paragraphs(part(/项目目标/u)).map(anchored),
        tasks: paragraphs(part(/任务/u)).map(anchored),
        indicators,
        requirements: paragraphs(part(/申报(要求|条件)/u)).map(anchored),
        expertsTable: tableRecord?.id ?? null,
        experts: (tableRecord?.rows.slice(tableRecord.headerRows) ?? []).map((r) => ({
          name: r[1]!.printed,
          affiliation: r[2]!.printed,
          title: r[3]!.printed,
        })),
      };
    });

  const title = headings(nodes).find((h) => h.markerKind === 'title')?.text ?? fail('no title');
  return {
    id: 'sco-partnership-call-2018',
    doc: doc.slug,
    title,
    year: Number(/^(\d{4})/u.exec(title)?.[1] ?? fail('no year in the title')),
    categories,
    keyProjects,
    generalAreas: paragraphs(sectionOf(nodes, generalHeading)).map(anchored),
    requirements: paragraphs(sectionOf(nodes, requirementsHeading)).map(anchored),
  };
}
