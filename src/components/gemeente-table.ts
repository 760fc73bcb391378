/**
 * <gemeente-table>: filter and sort the server-rendered A–Z table. Without JavaScript the full table,
 * sorted by name, stays as it is.
 */
import { normalizeText } from '../lib/site/text';

type SortKey = 'name' | 'province' | 'type' | 'provenance' | 'certainty' | 'population' | 'dutch' | 'cases';
const DATASET_KEY: Record<SortKey, string> = {
  name: 'name',
  province: 'province',
  type: 'typeName',
  provenance: 'provenance',
  certainty: 'stability',
  population: 'population',
  dutch: 'dutch',
  cases: 'cases',
};

class GemeenteTable extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-filters]');
    const tbody = this.querySelector('tbody');
    const count = this.querySelector<HTMLElement>('[data-count]');
    const name = this.querySelector<HTMLInputElement>('#filter-naam');
    const type = this.querySelector<HTMLSelectElement>('#filter-type');
    const provenance = this.querySelector<HTMLSelectElement>('#filter-herkomst');
    if (!form || !tbody || !count || !name || !type || !provenance) return;
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];

    const filter = () => {
      const q = normalizeText(name.value);
      let shown = 0;
      for (const row of rows) {
        const visible =
          (!q || (row.dataset.search ?? '').includes(q)) &&
          (!type.value || row.dataset.filterType === type.value) &&
          (!provenance.value || row.dataset.provenance === provenance.value);
        row.hidden = !visible;
        if (visible) shown++;
      }
      count.textContent = `${shown} van ${rows.length} gemeenten`;
    };
    name.addEventListener('input', filter);
    type.addEventListener('change', filter);
    provenance.addEventListener('change', filter);

    const headers = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const key = th.dataset.sortKey as SortKey;
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const numeric = th.hasAttribute('data-numeric');
        const field = DATASET_KEY[key];
        const value = (row: HTMLTableRowElement) => row.dataset[field] ?? '';
        rows.sort((a, b) => {
          const d = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b), 'nl');
          return (ascending ? d : -d) || (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '', 'nl');
        });
        tbody.append(...rows);
      });
    }
  }
}

customElements.define('gemeente-table', GemeenteTable);
