/**
 * <shortlist-count>: the "Mijn selectie (2)" link in the main menu (SiteHeader.astro). Hidden without
 * JavaScript, because the selection itself needs it; kept current when the selection changes.
 */
import { onShortlistChange, readShortlist } from './shortlist-store';

class ShortlistCount extends HTMLElement {
  connectedCallback() {
    this.render();
    onShortlistChange(() => this.render());
    // The menu item around this element is hidden in the HTML.
    const item = this.closest('li') ?? this;
    item.hidden = false;
  }

  render() {
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = `(${readShortlist().length})`;
  }
}

if (!customElements.get('shortlist-count')) customElements.define('shortlist-count', ShortlistCount);
