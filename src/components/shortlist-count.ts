/**
 * <shortlist-count>: the "Mijn selectie (2)" link in the main menu (SiteHeader.astro). Hidden without
 * JavaScript, because the selection itself needs it; kept current when the selection changes.
 * Counts only ids that are cases, and on every page load forgets stored ids of cases that no longer
 * exist (the selection page does that itself, so it can say which ones it dropped).
 */
import { KNOWN_CASES } from './known-cases';
import { countShortlist, onShortlistChange, pruneShortlist } from './shortlist-store';

class ShortlistCount extends HTMLElement {
  connectedCallback() {
    if (!document.querySelector('shortlist-page')) pruneShortlist(KNOWN_CASES);
    this.render();
    onShortlistChange(() => this.render());
    // The menu item around this element is hidden in the HTML.
    const item = this.closest('li') ?? this;
    item.hidden = false;
  }

  render() {
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = `(${countShortlist(KNOWN_CASES)})`;
  }
}

if (!customElements.get('shortlist-count')) customElements.define('shortlist-count', ShortlistCount);
