/**
 * <shortlist-toggle data-slug="…">: the "Bewaar" / "Bewaard" button of a case (ShortlistToggle.astro).
 * Reveals its button, shows whether the case is in the selection and flips it on click. One listener
 * for the whole page keeps every toggle in step when the selection changes elsewhere.
 */
import { onShortlistChange, readShortlist, setInShortlist } from './shortlist-store';

const LABEL = { on: 'Bewaard', off: 'Bewaar' } as const;

class ShortlistToggle extends HTMLElement {
  #wired = false;

  connectedCallback() {
    const button = this.querySelector('button');
    const slug = this.dataset.slug;
    if (!button || !slug) return;
    // Connected again when its sheet is moved on the selection page: wire the button once.
    if (!this.#wired)
      button.addEventListener('click', () => setInShortlist(slug, button.getAttribute('aria-pressed') !== 'true'));
    this.#wired = true;
    this.render(readShortlist());
    this.hidden = false;
  }

  render(ids: readonly string[]) {
    const button = this.querySelector('button');
    const label = this.querySelector('[data-label]');
    if (!button || !label) return;
    const on = ids.includes(this.dataset.slug ?? '');
    button.setAttribute('aria-pressed', String(on));
    label.textContent = on ? LABEL.on : LABEL.off;
  }
}

if (!customElements.get('shortlist-toggle')) {
  customElements.define('shortlist-toggle', ShortlistToggle);
  onShortlistChange(() => {
    const ids = readShortlist();
    for (const el of document.querySelectorAll<ShortlistToggle>('shortlist-toggle')) el.render(ids);
  });
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The markup of ShortlistToggle.astro built in the browser (case-search results, selection sheets):
 * hidden until the element connects and reveals it. `className` adds placement classes.
 */
export function shortlistToggleElement(slug: string, title: string, className = ''): HTMLElement {
  const toggle = document.createElement('shortlist-toggle');
  toggle.dataset.slug = slug;
  toggle.className = ['shortlist-toggle', className].filter(Boolean).join(' ');
  toggle.hidden = true;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'shortlist-button';
  button.setAttribute('aria-pressed', 'false');
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({
    'aria-hidden': 'true',
    focusable: 'false',
    viewBox: '0 0 16 16',
    width: '16',
    height: '16',
    class: 'shortlist-icon',
  }))
    svg.setAttribute(k, v);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M4 1.5h8a.5.5 0 0 1 .5.5v12.2L8 11.3l-4.5 2.9V2a.5.5 0 0 1 .5-.5z');
  svg.append(path);
  const label = document.createElement('span');
  label.dataset.label = '';
  label.textContent = LABEL.off;
  const sr = document.createElement('span');
  sr.className = 'sr-only';
  sr.textContent = ` ‘${title}’ in mijn selectie`;
  button.append(svg, label, sr);
  toggle.append(button);
  return toggle;
}
