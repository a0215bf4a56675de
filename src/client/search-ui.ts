/**
 * The search page: query handling in front of Pagefind (src/lib/search-query.ts), results with
 * kind badges, country chips and, for source documents, the matching sections; paging; filters;
 * keyboard use; and the query in the URL (?q=), one history entry per submitted query or filter.
 * Loaded only on /zh|en/search/.
 */

import { LANG_TAG, switchLocalePath } from '../i18n/index.ts';
import type { SearchName } from '../lib/search-names.ts';
import {
  correctWord,
  excerptFromBoundary,
  highlight,
  planQuery,
  rerank,
  unitsOf,
  type QueryPlan,
} from '../lib/search-query.ts';
import { SEARCH_RANKING } from '../lib/search-ranking.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
  anchors: { id: string; location: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Search {
  results: PagefindResult[];
  unfilteredResultCount: number;
}
interface Pagefind {
  search: (q: string | null, options?: { filters?: Record<string, string> }) => Promise<Search>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (o: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule extends Pagefind {
  init: () => Promise<void>;
  createInstance: (o: Record<string, unknown>) => Pagefind & { init: () => Promise<void> };
}

const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const labels = JSON.parse(root.dataset.labels!) as Record<string, string>;
const countryNames = JSON.parse(root.dataset.countries!) as Record<string, string>;
const sourceNames = JSON.parse(root.dataset.sources!) as Record<string, string>;
const pageLang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
const otherLang = pageLang === 'zh' ? 'en' : 'zh';
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const start = root.querySelector<HTMLElement>('[data-start]')!;
const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

/** Results rendered at a time; “more” adds as many again. */
const PAGE = 10;
/** Fewer results than this for every word, and pages holding most of the words are added. */
const FEW = 3;
/** Fewer-word retries look at the first parts of a query only, and try at most so many queries. */
const MAX_UNITS = 8;
const MAX_TRIES = 60;
/** The first results are re-ranked by their titles (their data is loaded for that). */
const RERANK = 12;

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (_, k: string) => String(vars[k] ?? ''));
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

let module: PagefindModule | undefined;
let other: Pagefind | undefined;
let lexicon: Promise<{ names: SearchName[]; words: string[] }> | undefined;
const PAGEFIND = '/pagefind/pagefind.js';

async function load(): Promise<PagefindModule> {
  if (!module) {
    module = (await import(/* @vite-ignore */ PAGEFIND)) as PagefindModule;
    await module.options({ ranking: SEARCH_RANKING });
    await module.init();
  }
  return module;
}

const loadLexicon = () => (lexicon ??= fetch('/pagefind/lexicon.json').then((r) => r.json()));

/** The other language's index, for queries typed in its script. */
async function loadOther(): Promise<Pagefind> {
  if (!other) {
    const pf = await load();
    // Pagefind 1.6 picks an instance's language from <html lang> when the instance is created
    // (synchronously), with no option to choose it; the attribute is swapped for that call only.
    const html = document.documentElement;
    const lang = html.lang;
    // The exact tag the pages carry (zh-Hans): a bare `zh` finds no index of its own.
    html.lang = LANG_TAG[otherLang];
    const instance = pf.createInstance({ ranking: SEARCH_RANKING });
    html.lang = lang;
    await instance.init();
    other = instance;
  }
  return other;
}

async function fillFilters(pf: Pagefind) {
  const available = await pf.filters();
  for (const select of selects) {
    const name = select.dataset.filter!;
    const values = Object.keys(available[name] ?? {}).sort((a, b) =>
      name === 'year' ? Number(b) - Number(a) : a.localeCompare(b),
    );
    for (const v of values) select.append(el('option', { value: v, textContent: filterLabel(name, v) }));
  }
}

const filterLabel = (name: string, v: string) =>
  name === 'kind'
    ? (labels[`kind.${v}`] ?? v)
    : name === 'country'
      ? (countryNames[v] ?? v)
      : name === 'source'
        ? (sourceNames[v] ?? v)
        : v;

/** Until the filters' options are loaded, the filters are the URL's (a select cannot hold them yet). */
let pendingFilters: Record<string, string> | null = Object.fromEntries(
  selects
    .map((s) => [s.dataset.filter!, new URLSearchParams(location.search).get(s.dataset.filter!) ?? ''])
    .filter(([, v]) => v),
);
const currentFilters = (): Record<string, string> =>
  pendingFilters ?? Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.dataset.filter!) ?? '';
  if (pendingFilters)
    pendingFilters = Object.fromEntries(
      selects.map((s) => [s.dataset.filter!, params.get(s.dataset.filter!) ?? '']).filter(([, v]) => v),
    );
}

/** `push` for a submitted query or a filter change (Back returns to it), `replace` while typing. */
function writeUrl(mode: 'push' | 'replace' | 'none') {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [k, v] of Object.entries(currentFilters())) params.set(k, v);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (mode === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  else if (mode !== 'none') history.replaceState(null, '', url);
  // The language switch keeps the query and the filters.
  const other = document.querySelector<HTMLAnchorElement>('a[data-switch-locale]');
  if (other) other.href = `${switchLocalePath(location.pathname, otherLang)}${location.search}${location.hash}`;
}

interface Outcome {
  search: Search;
  plan: QueryPlan;
  /** The query actually searched when it differs from the one typed, with why. */
  note?: string;
  /** Results come from the other language's index. */
  crossLanguage?: boolean;
}

const hasOtherScript = (words: string[]) =>
  words.some((w) => (pageLang === 'zh' ? /\p{Script=Latin}/u.test(w) : /\p{Script=Han}/u.test(w)));
const withWords = (plan: QueryPlan, words: string[], names: readonly SearchName[]): QueryPlan =>
  planQuery([...plan.names.map((h) => plan.query.slice(h.start, h.end)), ...words].join(' '), names, pageLang);

/**
 * Finds results for the query, relaxing it only when nothing matches: the other language's
 * index for words in its script, then corrected words, then fewer words. Each step says so.
 */
async function find(pf: Pagefind, query: string, filters: Record<string, string>): Promise<Outcome> {
  const { names, words: vocabulary } = await loadLexicon();
  const plan = planQuery(query, names, pageLang);
  // Words in the other language's script are matched by that language's text: its index answers,
  // each result shown as this language's page.
  if (query && hasOtherScript(plan.words)) {
    const theirs = await (await loadOther()).search(plan.pagefind, { filters });
    if (theirs.results.length) return { search: theirs, plan, crossLanguage: true, note: labels.otherLanguage! };
  }
  const search = await pf.search(plan.pagefind || null, { filters });
  if (!query) return { search, plan };
  // Latin words no page contains: a near word the pages do contain is tried; it replaces the
  // typed word when the typed query finds nothing, or less than the corrected one.
  const known = new Set(vocabulary);
  const fixes = new Map<string, string>();
  for (const w of plan.words) {
    if (!/\p{Script=Latin}/u.test(w) || known.has(w.toLowerCase())) continue;
    const c = correctWord(w, vocabulary);
    // Written as the reader wrote it: Kazakstan → Kazakhstan, not kazakhstan.
    if (c) fixes.set(w, /^\p{Lu}/u.test(w) ? c[0]!.toUpperCase() + c.slice(1) : c);
  }
  if (fixes.size) {
    const corrected = withWords(
      plan,
      plan.words.map((w) => fixes.get(w) ?? w),
      names,
    );
    const again = await pf.search(corrected.pagefind, { filters });
    if (again.results.length > search.results.length) {
      const typed = [...fixes.keys()];
      return {
        search: again,
        plan: corrected,
        note: fill(labels.corrected!, { typed: typed.join(' '), used: typed.map((w) => fixes.get(w)).join(' ') }),
      };
    }
  }
  // Pagefind passes over a word it has never seen: say so rather than pretend it matched.
  const unseen = plan.words.filter((w) => /\p{Script=Latin}/u.test(w) && !knownWord(w, vocabulary));
  if (search.results.length && unseen.length) {
    const used = withWords(
      plan,
      plan.words.filter((w) => !unseen.includes(w)),
      names,
    );
    return { search, plan: used, note: fill(labels.fewerWords!, { query, used: usedText(used) }) };
  }
  if (search.results.length >= FEW || unitsOf(plan).length < 2) return { search, plan };
  const relaxed = await fewerWords(pf, plan, filters, names, search.results.length ? search.results.length + FEW : 1);
  if (!relaxed) return { search, plan };
  if (!search.results.length)
    return { ...relaxed, note: fill(labels.fewerWords!, { query, used: usedText(relaxed.plan) }) };
  // Very few pages hold every word (often a long document that happens to): the pages that hold
  // most of them follow, and re-ranking by title decides among the first.
  const seen = new Set(search.results.map((r) => r.id));
  const merged = [...search.results, ...relaxed.search.results.filter((r) => !seen.has(r.id))];
  return {
    search: { ...search, results: merged },
    plan,
    note: fill(labels.fewWords!, { used: usedText(relaxed.plan) }),
  };
}

/** A word some page contains, or one Pagefind's stemming reaches (cooperate → cooperation). */
function knownWord(word: string, vocabulary: readonly string[]): boolean {
  const w = word.toLowerCase();
  const stem = w.length > 5 ? w.slice(0, Math.max(5, w.length - 3)) : w;
  return vocabulary.some((v) => v === w || v.startsWith(stem));
}

/** The query with fewer words, as soon as that finds `atLeast` pages; null if it never does. */
async function fewerWords(
  pf: Pagefind,
  plan: QueryPlan,
  filters: Record<string, string>,
  names: SearchName[],
  atLeast: number,
): Promise<{ search: Search; plan: QueryPlan } | null> {
  // Words no page contains go first. Then the shorter queries are tried longest first and, among
  // those of one length, the ones keeping the rarest words first (the most telling: summed
  // inverse document frequency), so a common word that does not fit goes and the subject stays.
  const units = unitsOf(plan).slice(0, MAX_UNITS);
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (await pf.search(planQuery(u, names, pageLang).pagefind)).results.length);
  const kept = units.filter((u) => counts.get(u)! > 0);
  const rarity = (subset: string[]) => subset.reduce((sum, u) => sum - Math.log(counts.get(u)!), 0);
  let budget = MAX_TRIES;
  let fallback: { search: Search; plan: QueryPlan } | null = null;
  for (let size = kept.length < units.length ? kept.length : kept.length - 1; size >= 1 && budget > 0; size--) {
    for (const subset of subsetsOf(kept, size).sort((a, b) => rarity(b) - rarity(a))) {
      if (budget-- <= 0) break;
      const candidate = planQuery(subset.join(' '), names, pageLang);
      const found = await pf.search(candidate.pagefind, { filters });
      if (found.results.length >= atLeast) return { search: found, plan: candidate };
      if (found.results.length && !fallback) fallback = { search: found, plan: candidate };
    }
  }
  return fallback;
}

/** Every subset of `items` of the given size, each in the items' order. */
function subsetsOf<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsetsOf(rest, size - 1).map((s) => [first!, ...s]), ...subsetsOf(rest, size)];
}

const usedText = (plan: QueryPlan) =>
  [...plan.names.map((h) => (pageLang === 'zh' ? h.name.zh : h.name.en)), ...plan.words].join(' ');

interface Shown {
  outcome: Outcome;
  order: PagefindResult[];
  cache: Map<string, ResultData>;
  rendered: number;
}
let shown: Shown | undefined;
let generation = 0;

async function run(mode: 'push' | 'replace' | 'none' = 'replace') {
  const query = input.value.trim();
  const filters = currentFilters();
  writeUrl(mode);
  const mine = ++generation;
  // Cleared while searching, set to the query once its results are on screen (tests wait for it).
  root.dataset.done = '';
  // aria-busy marks the results while they are replaced (screen readers wait).
  list.setAttribute('aria-busy', 'true');
  const empty = !query && !Object.keys(filters).length;
  start.hidden = !empty;
  if (empty) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    status.textContent = '';
    more.hidden = true;
    root.dataset.done = '';
    return;
  }
  status.textContent = labels.loading!;
  const pf = await load();
  const outcome = await find(pf, query, filters);
  if (mine !== generation) return;
  const results = outcome.search.results;
  const cache = new Map<string, ResultData>();
  const head = await Promise.all(results.slice(0, RERANK).map(async (r) => ({ r, d: await r.data() })));
  if (mine !== generation) return;
  for (const { r, d } of head) cache.set(r.id, d);
  const ranked = rerank(
    head.map(({ r, d }) => ({
      url: d.url,
      score: r.score,
      title: d.meta.title ?? '',
      kind: d.meta.kind ?? 'page',
      alsoKnownAs: `${d.meta.aliases ?? ''} ${d.meta.original ?? ''}`,
      r,
    })),
    outcome.plan,
    outcome.crossLanguage ? otherLang : pageLang,
  ).map((x) => x.r);
  shown = { outcome, order: [...ranked, ...results.slice(RERANK)], cache, rendered: 0 };
  list.replaceChildren();
  status.replaceChildren();
  if (!results.length) renderNone(query, filters, outcome.search.unfilteredResultCount);
  else await renderMore(mine);
  list.removeAttribute('aria-busy');
  root.dataset.done = query;
}

async function renderMore(mine = generation) {
  const s = shown!;
  const slice = s.order.slice(s.rendered, s.rendered + PAGE);
  const data = await Promise.all(slice.map(async (r) => s.cache.get(r.id) ?? (await r.data())));
  if (mine !== generation) return;
  list.append(...data.map((d) => renderResult(d, s.outcome)));
  s.rendered += slice.length;
  const total = s.order.length;
  const parts: (Node | string)[] = [];
  if (s.outcome.note) parts.push(s.outcome.note, ' ');
  parts.push(
    s.rendered < total
      ? fill(labels.showing!, { count: total, shown: s.rendered })
      : fill(labels.results!, { count: total }),
  );
  status.replaceChildren(...parts);
  more.hidden = s.rendered >= total;
}

function renderNone(query: string, filters: Record<string, string>, unfiltered: number) {
  const set = Object.entries(filters);
  if (!set.length || !query) {
    status.replaceChildren(fill(labels.none!, { query }));
    // Typed in the other language's script: its own search page may know more words.
    if (hasOtherScript([query]))
      status.append(
        ' ',
        labels.tryOther!,
        ' ',
        el('a', { href: `${root.dataset.otherSearch}?q=${encodeURIComponent(query)}`, textContent: query }),
      );
    return;
  }
  const described = set.map(([k, v]) => `${labels[`filter.${k}`]}: ${filterLabel(k, v)}`).join(', ');
  const clear = el('button', { type: 'button', textContent: labels.clearFilters!, className: 'search-clear' });
  clear.addEventListener('click', () => {
    for (const s of selects) s.value = '';
    void run('push');
  });
  const parts: (Node | string)[] = [fill(labels.noneFiltered!, { query, filters: described })];
  if (unfiltered > 0) parts.push(' ', fill(labels.withoutFilters!, { count: unfiltered }));
  status.replaceChildren(...parts, ' ', clear);
  more.hidden = true;
}

/** The paragraph (or heading) a sub-result's first match falls in: the nearest anchor before it. */
function anchorFor(d: ResultData, sub: SubResult): string {
  const first = Math.min(...sub.locations);
  let id: string | undefined;
  for (const a of d.anchors) if (a.location <= first && /^[a-z]-[0-9a-f]{8}$/u.test(a.id)) id = a.id;
  return id ? `${d.url.replace(/#.*$/u, '')}#${id}` : sub.url;
}

function renderResult(d: ResultData, outcome: Outcome) {
  const lang = outcome.crossLanguage ? otherLang : pageLang;
  const url = outcome.crossLanguage ? switchLocalePath(d.url, pageLang) : d.url;
  const kind = d.meta.kind ?? 'page';
  const title = el('a', { href: url, textContent: d.meta.title ?? d.url, className: 'search-result__title' });
  if (outcome.crossLanguage) title.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  const badges = el('p', { className: 'record-meta' }, [
    el('span', { className: 'badge', textContent: labels[`kind.${kind}`] ?? kind }),
  ]);
  for (const c of (d.meta.countries ?? '').split(' ').filter(Boolean))
    badges.append(el('span', { className: 'chip', textContent: countryNames[c] ?? c }));
  if (outcome.crossLanguage) badges.append(el('span', { className: 'muted small', textContent: labels.matchedIn! }));
  const item = el('li', { className: 'search-result' }, [
    title,
    badges,
    excerptNode(d.excerpt, d.content, outcome.plan, lang),
  ]);
  // A long document: its matching sections, each linking to the paragraph that matched.
  const subs = kind === 'document' ? d.sub_results.filter((s) => s.url.includes('#')).slice(0, 3) : [];
  if (subs.length) {
    const sections = el('ul', { className: 'search-result__sections' });
    for (const s of subs) {
      const href = anchorFor(d, s);
      const link = el('a', {
        href: outcome.crossLanguage ? switchLocalePath(href, pageLang) : href,
        textContent: s.title,
      });
      sections.append(el('li', {}, [link, excerptNode(s.excerpt, d.content, outcome.plan, lang)]));
    }
    item.append(el('p', { className: 'muted small', textContent: labels.sections! }), sections);
  }
  return item;
}

function excerptNode(excerpt: string, content: string, plan: QueryPlan, lang: 'zh' | 'en') {
  const node = el('p', { className: 'search-result__excerpt' });
  // Pagefind's excerpt is our own escaped page text with <mark>; highlight() keeps it so.
  node.innerHTML = highlight(excerptFromBoundary(excerpt, content), plan, lang);
  return node;
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => void run('replace'), 150);
});
for (const s of selects) s.addEventListener('change', () => void run('push'));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void run('push');
});
more.addEventListener('click', () => {
  const first = shown?.rendered ?? 0;
  void renderMore().then(() => list.querySelectorAll<HTMLAnchorElement>('.search-result__title')[first]?.focus());
});
window.addEventListener('popstate', () => {
  readUrl();
  void run('none');
});

document.addEventListener('keydown', (e) => {
  const active = document.activeElement;
  if (
    e.key === '/' &&
    active !== input &&
    !(active instanceof HTMLInputElement) &&
    !(active instanceof HTMLSelectElement)
  ) {
    e.preventDefault();
    input.focus();
    input.select();
    return;
  }
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title')];
  if (!links.length) return;
  const at = links.indexOf(active as HTMLAnchorElement);
  if (active !== input && at < 0) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? (at < 0 ? 0 : Math.min(at + 1, links.length - 1)) : at <= 0 ? -1 : at - 1;
  (next < 0 ? input : links[next]!).focus();
});

readUrl();
start.hidden = Boolean(input.value || selects.some((s) => s.value));
void load().then(async (pf) => {
  await fillFilters(pf);
  // The filters' options exist only now; the query box is left alone if the reader has typed.
  for (const s of selects) s.value = pendingFilters![s.dataset.filter!] ?? '';
  pendingFilters = null;
  if (!generation) await run('none');
});
