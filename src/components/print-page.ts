/**
 * Print support on every page: fills the print-only footer (BaseLayout.astro) with the address of the
 * page and the date it is printed on, right before printing (`beforeprint`), and wires the
 * "Afdrukken" buttons (<print-button>, PrintButton.astro), one of which prints a case on one page. Without JavaScript the footer still names
 * the page's canonical address, only without a date.
 */
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Fill the print footer now. A page may set data-href on [data-print-url] (the selection page sets its
 * share link); [data-print-href="/path/"] elements get the absolute address of that path.
 */
export function stampPrintFooter(now = new Date()): void {
  const url = document.querySelector<HTMLElement>('[data-print-url]');
  if (url) url.textContent = url.dataset.href ?? `${location.origin}${location.pathname}${location.search}`;
  // Printed addresses of other pages follow the address the site is actually served from.
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-href]')) {
    el.textContent = new URL(el.dataset.printHref ?? '/', location.href).href;
  }
  const date = document.querySelector<HTMLElement>('[data-print-date]');
  if (date) date.textContent = ` op ${dateFormat.format(now)}`;
}

/** Set while a one-page print of a case page is under way (global.css hides the full text). */
const SUMMARY_CLASS = 'print-summary';

class PrintButton extends HTMLElement {
  connectedCallback() {
    const summary = this.dataset.mode === 'summary';
    this.querySelector('button')?.addEventListener('click', () => {
      document.documentElement.classList.toggle(SUMMARY_CLASS, summary);
      window.print();
    });
    this.hidden = false;
  }
}

if (!customElements.get('print-button')) {
  customElements.define('print-button', PrintButton);
  window.addEventListener('beforeprint', () => stampPrintFooter());
  // Ctrl+P after a one-page print prints the whole page again.
  window.addEventListener('afterprint', () => document.documentElement.classList.remove(SUMMARY_CLASS));
  stampPrintFooter();
}
