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
