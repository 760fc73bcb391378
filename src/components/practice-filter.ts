/**
 * <practice-filter>: a theme select over the per-theme sections of GemeentePractice.astro. Without
 * JavaScript all sections show; with it, choosing a theme hides the others.
 */
class PracticeFilter extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector<HTMLSelectElement>('[data-theme-filter]');
    if (!select) return;
    const apply = () => {
      for (const section of this.querySelectorAll<HTMLElement>('[data-theme]')) {
        section.hidden = select.value !== '' && section.dataset.theme !== select.value;
      }
    };
    select.addEventListener('change', apply);
    apply();
  }
}

if (!customElements.get('practice-filter')) customElements.define('practice-filter', PracticeFilter);
