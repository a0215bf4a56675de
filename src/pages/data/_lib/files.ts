import { zipSync, type Zippable } from 'fflate';
import { siteData } from '../../../data/site-data.ts';
import {
  absoluteUrl,
  buildDate,
  citationUrl,
  citeDataset,
  fillOriginSlot,
  siteUrl,
  UNKNOWN_ADDRESS,
  warnIfNoSiteUrl,
} from '../../../lib/citation/index.ts';
import { currentRelease } from '../../../lib/citation/release.ts';
import { dataPackage } from './datapackage.ts';
import { licenceText, readme } from './readme.ts';
import { buildResources, type DataResource } from './resources.ts';

/** Name of the zip under /data/ (stable across releases; the folder inside carries the version). */
export const ZIP_NAME = 'silk-road-st-yearbook-data.zip';

export interface DataFiles {
  /** Path under /data/ → file text. */
  files: Map<string, string>;
  resources: DataResource[];
  version: string;
  released: string;
}

async function build(): Promise<DataFiles> {
  warnIfNoSiteUrl();
  const data = await siteData();
  const site = siteUrl();
  const { version, date: released } = currentRelease();
  const accessed = buildDate();
  const resources = buildResources(data, absoluteUrl);
  // A file cannot learn where it was downloaded from: without SITE_URL the address is a bracketed mark.
  const homepage = {
    zh: fillOriginSlot(citationUrl('/zh/data/'), UNKNOWN_ADDRESS.zh),
    en: fillOriginSlot(citationUrl('/en/data/'), UNKNOWN_ADDRESS.en),
  };
  const citation = {
    zh: citeDataset({ locale: 'zh', url: homepage.zh, accessed, release: version, released }),
    en: citeDataset({ locale: 'en', url: homepage.en, accessed, release: version, released }),
  };
  const sources = data.documents.map((d) => ({ title: d.title.zh, path: absoluteUrl(`/zh/sources/${d.slug}/`) }));
  const packageMeta = { version, released, homepage: site ? homepage.en : null, sources };
  const files = new Map<string, string>([
    ['datapackage.json', `${JSON.stringify(dataPackage(resources, packageMeta), null, 2)}\n`],
    ['README.md', readme({ version, released, homepage, resources, citation })],
    ['LICENSE.md', licenceText()],
    ['citation.bib', `${citation.en.bibtex}\n`],
    ['citation.ris', `${citation.en.ris}\n`],
    ['citation.json', citation.en.cslJson],
  ]);
  for (const r of resources) {
    if (files.has(r.path)) throw new Error(`data package: two resources write ${r.path}`);
    files.set(r.path, r.text);
  }
  return { files, resources, version, released };
}

let cached: Promise<DataFiles> | undefined;
/** Every file of the data package, built once per build and shared by the endpoints. */
export const dataFiles = (): Promise<DataFiles> => (cached ??= build());

const zipped = new WeakMap<Map<string, string>, Uint8Array>();

/** The whole package as one zip, in a folder named after the release; dates fixed for reproducibility. */
export function zipFiles({ files, version, released }: Pick<DataFiles, 'files' | 'version' | 'released'>): Uint8Array {
  const done = zipped.get(files);
  if (done) return done;
  // A zip entry's DOS time has no zone and fflate writes the Date's local fields, so midnight of the
  // release day is built in local time: the bytes are then the same in every time zone.
  const [year, month, day] = released.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const folder = `silk-road-st-yearbook-data-${version}`;
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    entries[`${folder}/${path}`] = [encoder.encode(text), { mtime }];
  const bytes = zipSync(entries, { level: 9, mtime });
  zipped.set(files, bytes);
  return bytes;
}

/** Content type of a data file by its extension. */
export const contentType = (path: string): string =>
  ({
    csv: 'text/csv; charset=utf-8',
    json: 'application/json; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
    bib: 'application/x-bibtex; charset=utf-8',
    ris: 'application/x-research-info-systems; charset=utf-8',
  })[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
