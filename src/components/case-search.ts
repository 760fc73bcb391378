/**
 * <case-search>: progressive enhancement of the server-rendered case list. Reads the embedded search
 * documents, keeps query, filters and sort in the URL, and shows, orders and highlights the existing
 * cards. All logic lives in src/lib/search*.ts; this element only wires the DOM. User text is only
 * ever inserted as text nodes.
 */
import { droppedWordsNote, parseSearchIndex, runSearch, suggestLoosening, type SearchIndex, type SearchOutcome, type SerializedIndex, type Suggestion } from '../lib/search';
import { highlightSegments } from '../lib/search-highlight';
import {
  FACET_KEYS,
  emptyState,
  isEmptyState,
  parseSearchState,
  serializeSearchState,
  type AllowedValues,
  type FacetKey,
  type SearchState,
  type SortOrder,
} from '../lib/search-state';

interface Payload {
  index: SerializedIndex;
  allowed: AllowedValues;
  facetLabels: Record<FacetKey, string>;
}

const nf = new Intl.NumberFormat('nl-NL');
/** "Thema" → "thema", but "WRR-type" stays. */
const inSentence = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
const plural = (n: number) => `${nf.format(n)} ${n === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}`;

class CaseSearchElement extends HTMLElement {
  #payload!: Payload;
  #index!: SearchIndex;
  #state: SearchState = emptyState();
  /** Original text of every highlightable element, so highlights can be redrawn from scratch. */
  #originals = new Map<HTMLElement, string>();
  #items = new Map<string, HTMLLIElement>();
  /** True after a committed query (Enter, blur) or a filter change: the next keystroke starts a new history entry. */
  #committed = true;

  #q!: HTMLInputElement;
  #list!: HTMLOListElement;

  connectedCallback() {
    const data = this.querySelector<HTMLScriptElement>('script[data-search-data]');
    if (!data?.textContent) return;
    this.#payload = JSON.parse(data.textContent) as Payload;
    this.#index = parseSearchIndex(this.#payload.index);
    this.#q = this.$('[data-q]') as HTMLInputElement;
    this.#list = this.$('[data-results]') as HTMLOListElement;
    for (const li of this.#list.querySelectorAll<HTMLLIElement>('li[data-slug]')) this.#items.set(li.dataset.slug!, li);
    for (const el of this.#list.querySelectorAll<HTMLElement>('[data-hl]')) this.#originals.set(el, el.textContent ?? '');

    for (const el of this.querySelectorAll<HTMLElement>('[data-search-form], [data-filters], [data-tools]')) el.hidden = false;
    const filters = this.$('[data-filters]') as HTMLDetailsElement;
    if (window.matchMedia('(min-width: 64rem)').matches) filters.open = true;

    this.$('[data-search-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      this.#committed = true;
    });
    this.#q.addEventListener('input', () => {
      this.#update({ ...this.#state, q: this.#q.value }, this.#committed ? 'push' : 'replace');
      this.#committed = false;
    });
    this.#q.addEventListener('change', () => (this.#committed = true));
    filters.addEventListener('change', () => this.#update(this.#readControls(), 'push'));
    this.$('[data-sort]').addEventListener('change', () => this.#update(this.#readControls(), 'push'));
    this.$('[data-reset]').addEventListener('click', () => {
      this.#update(emptyState(), 'push');
      this.#q.focus();
    });
    this.$('[data-copy]').addEventListener('click', () => void this.#copyLink());
    this.$('[data-suggestions]').addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[href]');
      if (!link) return;
      e.preventDefault();
      this.#apply(link.search, 'push');
      this.#q.focus();
    });
    window.addEventListener('popstate', () => this.#apply(location.search, null));

    this.#apply(location.search, null, true);
  }

  $(selector: string): HTMLElement {
    const el = this.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`case-search: missing ${selector}`);
    return el;
  }

  /** Parse a query string, report unknown values, render; `history` says how to record it. */
  #apply(search: string, history: 'push' | 'replace' | null, initial = false) {
    const { state, ignored } = parseSearchState(search, this.#payload.allowed);
    const note = this.$('[data-ignored]');
    note.hidden = ignored.length === 0;
    note.textContent = ignored.length
      ? `Niet herkend en daarom genegeerd: ${ignored.map((i) => `${i.param}=${i.value}`).join(', ')}.`
      : '';
    this.#writeControls(state);
    this.#render(state);
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
    this.#render(state);
    this.#record(state, history);
  }

  #record(state: SearchState, mode: 'push' | 'replace') {
    const qs = serializeSearchState(state);
    const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
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
      const v = (this.$(`[data-year="${key}"]`) as HTMLSelectElement).value;
      state[key] = v ? Number(v) : null;
    }
    state.sort = (this.$('[data-sort]') as HTMLSelectElement).value as SortOrder;
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
      const select = this.$(`[data-year="${key}"]`) as HTMLSelectElement;
      const value = state[key] === null ? '' : String(state[key]);
      // A year outside the options (no case that year) still filters; show it as an extra option.
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    (this.$('[data-sort]') as HTMLSelectElement).value = state.sort;
  }

  #render(state: SearchState) {
    this.#state = state;
    const outcome = runSearch(this.#index, state);
    const terms = new Set(outcome.terms);

    // Order and visibility: move the matching cards into result order, hide the rest.
    const shown = new Set(outcome.slugs);
    for (const slug of outcome.slugs) {
      const li = this.#items.get(slug);
      if (li) this.#list.append(li);
    }
    for (const [slug, li] of this.#items) li.hidden = !shown.has(slug);
    for (const [el, text] of this.#originals) {
      if (el.closest('li')?.hidden) continue;
      el.replaceChildren(
        ...highlightSegments(text, terms).map((s) => {
          if (!s.mark) return document.createTextNode(s.text);
          const mark = document.createElement('mark');
          mark.textContent = s.text;
          return mark;
        }),
      );
    }

    this.#renderCounts(outcome);
    this.#renderStatus(state, outcome);
    this.#renderEmpty(state, outcome);
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
    this.$('[data-active-count]').textContent = active ? `(${active} actief)` : '';
  }

  #renderStatus(state: SearchState, outcome: SearchOutcome) {
    const total = this.#index.docs.length;
    const n = outcome.slugs.length;
    const status = this.$('[data-status]');
    if (isEmptyState(state)) status.textContent = plural(total);
    else status.textContent = `${nf.format(n)} van ${plural(total)} gevonden${state.q.trim() ? ` voor ‘${state.q.trim()}’` : ''}`;
    const cut = this.$('[data-query-cut]');
    cut.textContent = droppedWordsNote(outcome.droppedWords);
    cut.hidden = outcome.droppedWords.length === 0;
  }

  #renderEmpty(state: SearchState, outcome: SearchOutcome) {
    const empty = this.$('[data-empty]');
    empty.hidden = outcome.slugs.length > 0;
    if (!empty.hidden) {
      const hint = this.$('[data-empty-hint]');
      hint.textContent = outcome.unmatchedWords.length
        ? `Geen enkel praktijkvoorbeeld bevat ${outcome.unmatchedWords.map((w) => `‘${w}’`).join(' of ')}. Probeer een ander woord.`
        : 'Probeer een van deze ruimere zoekopdrachten:';
      const list = this.$('[data-suggestions]');
      list.replaceChildren(...suggestLoosening(this.#index, state).slice(0, 4).map((s) => this.#suggestionItem(s)));
    }
  }

  #suggestionItem(s: Suggestion): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const qs = serializeSearchState(s.state);
    a.href = `${location.pathname}${qs ? `?${qs}` : ''}`;
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
    const status = this.$('[data-copy-status]');
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
