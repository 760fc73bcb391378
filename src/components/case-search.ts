/**
 * <case-search>: progressive enhancement of the server-rendered case list (one page of cards with
 * pagination links). On the first search interaction (the idle browser only warms the cache) it fetches the
 * search index (a separate, content-hashed file; src/lib/search/search-assets.ts), then the body-text index.
 * With a query or filter it renders the matching cards itself, PAGE_SIZE at a time, fetching the card
 * texts in chunks; with neither it shows the server-rendered page again. Query, filters and sort
 * live in the URL. All logic lives in src/lib/search*.ts; this element only wires the DOM. User
 * text is only ever inserted as text nodes.
 */
import {
  droppedWordsNote,
  runSearch,
  suggestLoosening,
  type SearchOutcome,
  type Suggestion,
} from '../lib/search/search';
import {
  CARD_CHUNK,
  parseCoreIndex,
  withBody,
  type BodyIndexFile,
  type CardTuple,
  type ClientSearchIndex,
  type CoreIndexFile,
} from '../lib/search/search-assets';
import type { CaseSearchPayload } from '../lib/search/search-payload';
import { readPayload } from '../lib/site/payload';
import { $ } from '../lib/site/dom';
import { routes } from '../lib/site/routes';
import { PAGE_SIZE } from '../lib/cases/pagination';
import { highlightSegments } from '../lib/search/search-highlight';
import {
  FACET_KEYS,
  emptyState,
  isEmptyState,
  parseSearchState,
  serializeSearchState,
  type SearchState,
  type SortOrder,
} from '../lib/search/search-state';
import { shortlistToggleElement } from './shortlist-toggle';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const nf = new Intl.NumberFormat('nl-NL');
/** "Thema" → "thema", but "WRR-type" stays. */
const inSentence = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
const plural = (n: number) => `${nf.format(n)} ${n === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}`;

class CaseSearchElement extends HTMLElement {
  #payload!: CaseSearchPayload;
  #index: ClientSearchIndex | null = null;
  #loading: Promise<ClientSearchIndex> | null = null;
  #docOf = new Map<string, number>();
  #chunks = new Map<number, Promise<CardTuple[]>>();
  #state: SearchState = emptyState();
  /** How many results are shown ("Toon meer" adds PAGE_SIZE). */
  #shown = PAGE_SIZE;
  /** Increases with every render; an older, slower render stops when it sees a newer one. */
  #renderId = 0;
  /** The path of this list page, for an empty state (page 3 stays page 3). */
  #home = location.pathname;
  #serverStatus = '';
  /** True after a committed query (Enter, blur) or a filter change: the next keystroke starts a new history entry. */
  #committed = true;

  #q!: HTMLInputElement;
  #list!: HTMLOListElement;
  #found!: HTMLOListElement;

  connectedCallback() {
    const payload = readPayload<CaseSearchPayload>(this, 'case-search');
    if (!payload) return;
    this.#payload = payload;
    this.#q = $<HTMLInputElement>(this, '[data-q]');
    this.#list = $<HTMLOListElement>(this, '[data-results]');
    this.#found = $<HTMLOListElement>(this, '[data-found]');
    this.#serverStatus = $(this, '[data-status]').textContent ?? '';
    // Load the index when the user heads for the search. When the browser is idle, only warm the HTTP cache
    // (the files are content-hashed and cached for good): parsing a large index unasked would block the main
    // thread of a visitor who never searches.
    for (const type of ['focusin', 'pointerdown', 'keydown'])
      this.addEventListener(type, () => void this.#loadIndex(), { once: true });
    if ('requestIdleCallback' in window)
      requestIdleCallback(() => void fetch(this.#payload.core).catch(() => undefined));
    $(this, '[data-more]').addEventListener('click', () => {
      const firstNew = this.#shown;
      this.#shown += PAGE_SIZE;
      void this.#render(this.#state, firstNew);
    });

    for (const el of this.querySelectorAll<HTMLElement>('[data-search-form], [data-filters], [data-tools]'))
      el.hidden = false;
    const filters = $<HTMLDetailsElement>(this, '[data-filters]');
    if (window.matchMedia('(min-width: 64rem)').matches) filters.open = true;

    $(this, '[data-search-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      this.#committed = true;
    });
    this.#q.addEventListener('input', () => {
      this.#update({ ...this.#state, q: this.#q.value }, this.#committed ? 'push' : 'replace');
      this.#committed = false;
    });
    this.#q.addEventListener('change', () => (this.#committed = true));
    filters.addEventListener('change', () => this.#update(this.#readControls(), 'push'));
    $(this, '[data-sort]').addEventListener('change', () => this.#update(this.#readControls(), 'push'));
    $(this, '[data-reset]').addEventListener('click', () => {
      this.#update(emptyState(), 'push');
      this.#q.focus();
    });
    $(this, '[data-copy]').addEventListener('click', () => void this.#copyLink());
    $(this, '[data-suggestions]').addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[href]');
      if (!link) return;
      e.preventDefault();
      this.#apply(link.search, 'push');
      this.#q.focus();
    });
    window.addEventListener('popstate', () => this.#apply(location.search, null));

    this.#apply(location.search, null, true);
  }

  /** Parse a query string, report unknown values, render; `history` says how to record it. */
  #apply(search: string, history: 'push' | 'replace' | null, initial = false) {
    const { state, ignored } = parseSearchState(search, this.#payload.allowed);
    const note = $(this, '[data-ignored]');
    note.hidden = ignored.length === 0;
    note.textContent = ignored.length
      ? `Niet herkend en daarom genegeerd: ${ignored.map((i) => `${i.param}=${i.value}`).join(', ')}.`
      : '';
    this.#writeControls(state);
    void this.#render(state);
    if (history) this.#record(state, history);
    // Replace a non-canonical URL (unknown values, old parameter order) without a new history entry.
    else if (initial && `?${serializeSearchState(state)}` !== (location.search || '?')) this.#record(state, 'replace');
  }

  #update(state: SearchState, history: 'push' | 'replace') {
    if (serializeSearchState(state) === serializeSearchState(this.#state)) {
      this.#state = state;
      return;
    }
    this.#writeControls(state);
    void this.#render(state);
    this.#record(state, history);
  }

  #record(state: SearchState, mode: 'push' | 'replace') {
    const qs = serializeSearchState(state);
    // Results of a search belong to the list itself, not to page n of the unfiltered list.
    const url = `${qs ? routes.cases(qs) : this.#home}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  #readControls(): SearchState {
    const state = emptyState();
    state.q = this.#q.value;
    for (const key of FACET_KEYS) {
      state[key] = [...this.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value);
    }
    for (const key of ['van', 'tot'] as const) {
      const v = $<HTMLSelectElement>(this, `[data-year="${key}"]`).value;
      state[key] = v ? Number(v) : null;
    }
    state.sort = $<HTMLSelectElement>(this, '[data-sort]').value as SortOrder;
    return state;
  }

  #writeControls(state: SearchState) {
    // Leave the search box alone while the user types in it (its value may differ only in spaces).
    if (this.#q.value.trim() !== state.q.trim()) this.#q.value = state.q;
    for (const key of FACET_KEYS) {
      for (const input of this.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
        input.checked = state[key].includes(input.value);
      }
    }
    for (const key of ['van', 'tot'] as const) {
      const select = $<HTMLSelectElement>(this, `[data-year="${key}"]`);
      const value = state[key] === null ? '' : String(state[key]);
      // A year outside the options (no case that year) still filters; show it as an extra option.
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    $<HTMLSelectElement>(this, '[data-sort]').value = state.sort;
  }

  /** The index, fetched once (core first, then the body text merged in when it arrives). */
  #loadIndex(): Promise<ClientSearchIndex> {
    this.#loading ??= fetchJson<CoreIndexFile>(this.#payload.core).then((core) => {
      const index = parseCoreIndex(core);
      index.docs.forEach((d, i) => this.#docOf.set(d.slug, i));
      this.#index = index;
      this.dataset.index = 'core';
      void fetchJson<BodyIndexFile>(this.#payload.body).then((body) => {
        this.#index = withBody(this.#index!, body);
        this.dataset.index = 'full';
        if (!isEmptyState(this.#state) || this.#state.sort !== 'relevantie') void this.#render(this.#state);
      });
      return index;
    });
    return this.#loading;
  }

  #cards(chunk: number): Promise<CardTuple[]> {
    let p = this.#chunks.get(chunk);
    if (!p) {
      p = fetchJson<CardTuple[]>(this.#index!.cards[chunk]!);
      this.#chunks.set(chunk, p);
      p.catch(() => this.#chunks.delete(chunk));
    }
    return p;
  }

  /**
   * Show the state: the server-rendered page when there is no query or filter, else the results
   * (the first #shown). `focusFrom` moves focus to that result after "Toon meer".
   */
  async #render(state: SearchState, focusFrom?: number) {
    if (this.#state !== state && serializeSearchState(this.#state) !== serializeSearchState(state))
      this.#shown = PAGE_SIZE;
    this.#state = state;
    const id = ++this.#renderId;
    const empty = isEmptyState(state) && state.sort === 'relevantie';
    const pages = this.querySelector<HTMLElement>('[data-pages]');
    if (empty) {
      this.#list.hidden = false;
      if (pages) pages.hidden = false;
      this.#found.hidden = true;
      this.#found.replaceChildren();
      $(this, '[data-more-wrap]').hidden = true;
      $(this, '[data-empty]').hidden = true;
      $(this, '[data-query-cut]').hidden = true;
      $(this, '[data-places]').hidden = true;
      if (this.#index) this.#renderCounts(runSearch(this.#index, state));
      this.#renderStatus(state, null);
      this.dataset.state = 'ready';
      return;
    }
    this.dataset.state = 'loading';
    this.setAttribute('aria-busy', 'true');
    let index: ClientSearchIndex;
    try {
      index = this.#index ?? (($(this, '[data-status]').textContent = 'Zoekindex laden…'), await this.#loadIndex());
    } catch {
      $(this, '[data-status]').textContent =
        'De zoekindex kon niet worden geladen. Probeer het opnieuw of blader door de pagina’s.';
      this.removeAttribute('aria-busy');
      this.dataset.state = 'error';
      return;
    }
    if (id !== this.#renderId) return;
    const outcome = runSearch(index, state);
    const terms = new Set(outcome.terms);
    const visible = outcome.slugs.slice(0, this.#shown);
    const docs = visible.map((slug) => this.#docOf.get(slug)!);
    let chunks: Map<number, CardTuple[]>;
    try {
      const needed = [...new Set(docs.map((d) => Math.floor(d / CARD_CHUNK)))];
      chunks = new Map(await Promise.all(needed.map(async (k) => [k, await this.#cards(k)] as const)));
    } catch {
      chunks = new Map();
    }
    if (id !== this.#renderId) return;

    this.#list.hidden = true;
    if (pages) pages.hidden = true;
    this.#found.hidden = false;
    this.#found.replaceChildren(
      ...docs.map((d) => this.#card(index, d, chunks.get(Math.floor(d / CARD_CHUNK))?.[d % CARD_CHUNK], terms)),
    );
    $(this, '[data-more-wrap]').hidden = outcome.slugs.length <= visible.length;
    this.#renderCounts(outcome);
    this.#renderStatus(state, outcome);
    this.#renderEmpty(state, outcome);
    this.removeAttribute('aria-busy');
    this.dataset.state = 'ready';
    if (focusFrom !== undefined) this.#found.children[focusFrom]?.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  /** A result card with the markup of CaseCard.astro; without its chunk (offline) only title link and facts. */
  #card(index: ClientSearchIndex, d: number, card: CardTuple | undefined, terms: ReadonlySet<string>): HTMLLIElement {
    const doc = index.docs[d]!;
    const marked = (tag: string, text: string, hl: string) => {
      const node = document.createElement(tag);
      node.dataset.hl = hl;
      node.append(
        ...highlightSegments(text, terms).map((s) => {
          if (!s.mark) return document.createTextNode(s.text);
          const mark = document.createElement('mark');
          mark.textContent = s.text;
          return mark;
        }),
      );
      return node;
    };
    const li = document.createElement('li');
    li.className = 'grid';
    li.dataset.slug = doc.slug;
    const article = document.createElement('article');
    article.className = 'case-card flex flex-col gap-2 break-words rounded border border-line bg-paper p-4';
    article.dataset.caseSlug = doc.slug;
    const h = document.createElement('h2');
    h.className = 'text-lg leading-snug';
    const a = marked('a', card?.[0] ?? doc.slug, 'title') as HTMLAnchorElement;
    a.href = routes.case(doc.slug);
    h.append(a);
    const facts = document.createElement('p');
    facts.className = 'text-sm text-muted';
    const dot = document.createElement('span');
    dot.setAttribute('aria-hidden', 'true');
    dot.textContent = ' · ';
    const sr = document.createElement('span');
    sr.className = 'sr-only';
    sr.textContent = ', ';
    facts.append(
      marked('span', card?.[1] ?? '', 'gemeenten'),
      dot,
      sr,
      doc.year === null ? 'jaar niet vermeld' : String(doc.year),
    );
    const list = (label: string, items: HTMLElement[], cls: string) => {
      const ul = document.createElement('ul');
      ul.className = cls;
      ul.setAttribute('aria-label', label);
      for (const item of items) {
        const li = document.createElement('li');
        li.append(item);
        ul.append(li);
      }
      return ul;
    };
    const badges = doc.types.map((t) => {
      const span = document.createElement('span');
      span.className = 'type-badge';
      span.dataset.type = t;
      span.textContent = this.#payload.typeNames[t] ?? t;
      return span;
    });
    const themes = doc.themes.map((t) => {
      const span = document.createElement('span');
      span.textContent = this.#payload.themeNames[t] ?? t;
      return span;
    });
    const themeList = list("Thema's", themes, 'mt-auto flex flex-wrap gap-1.5 text-sm');
    for (const item of themeList.children) (item as HTMLElement).className = 'rounded bg-wash px-2 py-0.5 text-muted';
    article.append(h, facts, list('WRR-type', badges, 'flex flex-wrap gap-1.5'));
    if (card) article.append(marked('p', card[2], 'summary'));
    article.append(themeList, shortlistToggleElement(doc.slug, card?.[0] ?? doc.slug, 'js-only self-start'));
    li.append(article);
    return li;
  }

  #renderCounts(outcome: SearchOutcome) {
    let active = 0;
    for (const key of FACET_KEYS) {
      for (const input of this.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
        const n = outcome.counts[key][input.value] ?? 0;
        const label = input.closest('[data-value-label]');
        const count = label?.querySelector('[data-count]');
        if (count) count.textContent = `(${nf.format(n)})`;
        label?.classList.toggle('text-muted', n === 0 && !input.checked);
        if (input.checked) active++;
      }
    }
    if (this.#state.van !== null || this.#state.tot !== null) active++;
    $(this, '[data-active-count]').textContent = active ? `(${active} actief)` : '';
  }

  #renderStatus(state: SearchState, outcome: SearchOutcome | null) {
    const total = this.#payload.total;
    const status = $(this, '[data-status]');
    if (!outcome) {
      status.textContent = this.#serverStatus;
      return;
    }
    const n = outcome.slugs.length;
    if (isEmptyState(state)) status.textContent = plural(total);
    else
      status.textContent = `${nf.format(n)} van ${plural(total)} gevonden${state.q.trim() ? ` voor ‘${state.q.trim()}’` : ''}`;
    const cut = $(this, '[data-query-cut]');
    cut.textContent = droppedWordsNote(outcome.droppedWords);
    cut.hidden = outcome.droppedWords.length === 0;
    this.#renderPlaces(outcome);
  }

  /** Gemeenten named in the query: say that only their cases are shown, and link to their pages. */
  #renderPlaces(outcome: SearchOutcome) {
    const box = $(this, '[data-places]');
    box.hidden = outcome.places.length === 0;
    box.replaceChildren(
      ...outcome.places.map((p) => {
        const line = document.createElement('p');
        const a = document.createElement('a');
        a.href = routes.gemeente(p.slug);
        a.className = 'font-semibold';
        a.dataset.gemeenteLink = p.slug;
        a.textContent = `Naar de gemeentepagina van ${p.name}`;
        line.append(`Alleen praktijkvoorbeelden van de gemeente ${p.name}. `, a);
        return line;
      }),
    );
  }

  #renderEmpty(state: SearchState, outcome: SearchOutcome) {
    const empty = $(this, '[data-empty]');
    empty.hidden = outcome.slugs.length > 0;
    if (!empty.hidden) {
      const hint = $(this, '[data-empty-hint]');
      hint.textContent = outcome.unmatchedWords.length
        ? `Geen enkel praktijkvoorbeeld bevat ${outcome.unmatchedWords.map((w) => `‘${w}’`).join(' of ')}. Probeer een ander woord.`
        : 'Probeer een van deze ruimere zoekopdrachten:';
      const list = $(this, '[data-suggestions]');
      list.replaceChildren(
        ...suggestLoosening(this.#index!, state)
          .slice(0, 4)
          .map((s) => this.#suggestionItem(s)),
      );
    }
  }

  #suggestionItem(s: Suggestion): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = routes.cases(serializeSearchState(s.state));
    const what =
      s.loosen.kind === 'word'
        ? `zonder het woord ‘${s.loosen.word}’`
        : s.loosen.kind === 'years'
          ? 'zonder jaarfilter'
          : `zonder filter ${inSentence(this.#payload.facetLabels[s.loosen.key])}`;
    a.textContent = `Zoek ${what}`;
    li.append(a, document.createTextNode(` (${plural(s.count)})`));
    return li;
  }

  async #copyLink() {
    const status = $(this, '[data-copy-status]');
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link gekopieerd.';
    } catch {
      status.textContent = 'Kopiëren lukte niet; kopieer de link uit de adresbalk.';
    }
    setTimeout(() => (status.textContent = ''), 4000);
  }
}

customElements.define('case-search', CaseSearchElement);
