/**
 * <site-search>: the header search box as a combobox with two groups: gemeenten (by name, other name
 * or former name; "Bedoelt u …?" on a typo) and the practice-case search for the same words (the
 * case list page, /praktijkvoorbeelden/?q=…). The gemeente names are fetched once, on first focus.
 * Without JavaScript the form simply searches the cases. Logic: src/lib/search/header-search.ts.
 */
import { fromData, headerOptions, type HeaderSearchData, type HeaderSearchItems } from '../lib/search/header-search';
import { routes } from '../lib/site/routes';

interface Option {
  id: string;
  href: string;
}

const NO_NAMES: HeaderSearchItems = { items: [], caseWords: new Set() };
let names: Promise<HeaderSearchItems> | undefined;
function loadNames(): Promise<HeaderSearchItems> {
  names ??= fetch(routes.gemeenteNames())
    .then((r) => (r.ok ? (r.json() as Promise<HeaderSearchData>).then(fromData) : NO_NAMES))
    .catch(() => NO_NAMES);
  return names;
}

function li(id: string, text: string, extra?: string): HTMLLIElement {
  const el = document.createElement('li');
  el.id = id;
  el.setAttribute('role', 'option');
  el.className = 'combobox-option';
  el.textContent = text;
  if (extra) {
    const span = document.createElement('span');
    span.className = 'text-muted';
    span.textContent = ` ${extra}`;
    el.append(span);
  }
  return el;
}

function group(label: string, options: HTMLLIElement[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.setAttribute('role', 'group');
  ul.setAttribute('aria-label', label);
  const head = document.createElement('li');
  head.setAttribute('role', 'presentation');
  head.className = 'site-search-group';
  head.textContent = label;
  ul.append(head, ...options);
  return ul;
}

class SiteSearch extends HTMLElement {
  #items: HeaderSearchItems = NO_NAMES;
  #options: Option[] = [];
  #active = -1;
  #input!: HTMLInputElement;
  #list!: HTMLElement;
  #status: HTMLElement | null = null;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const list = this.querySelector<HTMLElement>('[role="listbox"]');
    if (!input || !list) return;
    this.#input = input;
    this.#list = list;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.addEventListener('focus', () => {
      this.#live();
      void loadNames().then((items) => (this.#items = items));
    });
    input.addEventListener('input', () => void this.#update());
    input.addEventListener('keydown', (e) => this.#onKey(e));
    input.addEventListener('blur', () => this.#close());
    // A click on an option must not blur the input first.
    list.addEventListener('pointerdown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const id = (e.target as Element).closest('[role="option"]')?.id;
      const option = this.#options.find((o) => o.id === id);
      if (option) location.assign(option.href);
    });
  }

  async #update() {
    this.#items = await loadNames();
    const q = this.#input.value.trim();
    const { gemeenten, suggestion, autoPick } = headerOptions(q, this.#items);
    if (!q) return this.#close();
    const found = gemeenten.map((g) => ({
      id: `zoek-gm-${g.code}`,
      href: routes.gemeente(g.code),
      text: g.name,
      extra: g.via ? `(${g.via})` : undefined,
    }));
    if (suggestion)
      found.push({
        id: `zoek-gm-${suggestion.code}`,
        href: routes.gemeente(suggestion.code),
        text: `Bedoelt u ${suggestion.name}?`,
        extra: undefined,
      });
    const cases = {
      id: 'zoek-praktijk',
      href: routes.caseSearch(q),
      text: `Zoek ‘${q}’ in praktijkvoorbeelden`,
      extra: undefined,
    };
    this.#options = [...found, cases];
    this.#list.replaceChildren(
      ...(found.length
        ? [
            group(
              'Gemeenten',
              found.map((o) => li(o.id, o.text, o.extra)),
            ),
          ]
        : []),
      group('Praktijkvoorbeelden', [li(cases.id, cases.text)]),
    );
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
    this.#setActive(autoPick ?? -1);
    const gemeenteText = gemeenten.length
      ? `${gemeenten.length === 1 ? '1 gemeente' : `${gemeenten.length} gemeenten`} gevonden`
      : suggestion
        ? `Geen gemeente gevonden. Bedoelt u ${suggestion.name}?`
        : 'Geen gemeente gevonden';
    this.#say(
      `${gemeenteText}; pijl omlaag voor de suggesties, Enter zoekt in de praktijkvoorbeelden${autoPick !== null ? ` of opent ${gemeenten[autoPick]!.name}` : ''}.`,
    );
  }

  /**
   * The live region for result counts, created on first focus (before anything is said in it), so
   * pages whose own status message is their only one (lists, the compare page) keep it that way
   * until the header box is used.
   */
  #live(): HTMLElement {
    if (!this.#status) {
      this.#status = document.createElement('p');
      this.#status.className = 'sr-only';
      // A polite live region without role="status": the page's own status message stays the only one.
      this.#status.setAttribute('aria-live', 'polite');
      this.#status.dataset.siteSearchStatus = '';
      this.append(this.#status);
    }
    return this.#status;
  }

  #say(text: string) {
    this.#live().textContent = text;
  }

  #setActive(index: number) {
    this.#active = index;
    for (const [i, o] of this.#options.entries())
      document.getElementById(o.id)?.setAttribute('aria-selected', String(i === index));
    const current = this.#options[index];
    if (current) {
      this.#input.setAttribute('aria-activedescendant', current.id);
      document.getElementById(current.id)?.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  #onKey(e: KeyboardEvent) {
    const open = !this.#list.hidden && this.#options.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      const n = this.#options.length;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.#setActive(this.#active < 0 ? (step > 0 ? 0 : n - 1) : (this.#active + step + n) % n);
    } else if (e.key === 'Enter' && open && this.#active >= 0) {
      e.preventDefault();
      location.assign(this.#options[this.#active]!.href);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      this.#close();
    }
  }

  #close() {
    this.#list.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
