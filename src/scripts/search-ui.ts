/**
 * The search page: Pagefind results with kind badges and country chips, filters, keyboard use,
 * and the query kept in the URL (?q=) so a search can be shared. Loaded only on /zh|en/search/.
 */

import { SEARCH_RANKING } from '../lib/search-ranking.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (o: Record<string, unknown>) => Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search-root]')!;
const labels = JSON.parse(root.dataset.labels!) as Record<string, string>;
const countryNames = JSON.parse(root.dataset.countries!) as Record<string, string>;
const sourceNames = JSON.parse(root.dataset.sources!) as Record<string, string>;
const otherSearch = root.dataset.otherSearch!;
const pageLang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/gu, (_, k: string) => String(vars[k] ?? ''));
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ ranking: SEARCH_RANKING });
    await pagefind.init();
  }
  return pagefind;
}

async function fillFilters(pf: Pagefind) {
  const available = await pf.filters();
  for (const select of selects) {
    const name = select.dataset.filter!;
    const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? Number(b) - Number(a) : a.localeCompare(b)));
    for (const v of values) {
      const label = name === 'kind' ? (labels[`kind.${v}`] ?? v) : name === 'country' ? (countryNames[v] ?? v) : name === 'source' ? (sourceNames[v] ?? v) : v;
      select.append(el('option', { value: v, textContent: label }));
    }
  }
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.dataset.filter!) ?? '';
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const s of selects) if (s.value) params.set(s.dataset.filter!, s.value);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

let generation = 0;
async function run() {
  const query = input.value.trim();
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
  writeUrl();
  const mine = ++generation;
  // aria-busy marks the results while they are replaced (screen readers wait; so can a test).
  list.setAttribute('aria-busy', 'true');
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    status.textContent = '';
    return;
  }
  status.textContent = labels.loading!;
  const pf = await load();
  const search = await pf.search(query || null, { filters });
  const data = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  if (mine !== generation) return;
  list.replaceChildren(...data.map(renderResult));
  list.removeAttribute('aria-busy');
  if (data.length) {
    status.textContent = fill(labels.results!, { count: search.results.length });
    return;
  }
  status.replaceChildren(fill(labels.none!, { query }));
  // Chinese typed on the English site, or English on the Chinese site: offer the other index.
  const han = /\p{Script=Han}/u.test(query);
  if ((han && pageLang === 'en') || (!han && /[a-z]/iu.test(query) && pageLang === 'zh')) {
    status.append(' ', labels.tryOther!, ' ', el('a', { href: `${otherSearch}?q=${encodeURIComponent(query)}`, textContent: query }));
  }
}

function renderResult(d: { url: string; excerpt: string; meta: Record<string, string> }) {
  const kind = d.meta.kind ?? 'page';
  const title = el('a', { href: d.url, textContent: d.meta.title ?? d.url, className: 'search-result__title' });
  const badges = el('p', { className: 'record-meta' }, [el('span', { className: 'badge', textContent: labels[`kind.${kind}`] ?? kind })]);
  for (const c of (d.meta.countries ?? '').split(' ').filter(Boolean)) badges.append(el('span', { className: 'chip', textContent: countryNames[c] ?? c }));
  // Pagefind's excerpt marks hits with <mark>; it is built from our own escaped page text.
  const excerpt = el('p', { className: 'search-result__excerpt' });
  excerpt.innerHTML = d.excerpt;
  return el('li', { className: 'search-result' }, [title, badges, excerpt]);
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(run, 150);
});
for (const s of selects) s.addEventListener('change', run);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});

document.addEventListener('keydown', (e) => {
  const active = document.activeElement;
  if (e.key === '/' && active !== input && !(active instanceof HTMLInputElement) && !(active instanceof HTMLSelectElement)) {
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
void load().then(async (pf) => {
  await fillFilters(pf);
  readUrl();
  if (input.value || selects.some((s) => s.value)) await run();
});
