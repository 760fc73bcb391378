/**
 * <compare-types>: the compare page's type chooser. Without JavaScript the checkboxes already work:
 * CSS (:has) shows the column of every checked type. This element adds what CSS cannot do: read and
 * write the URL state (?typen=expat,tuinbouw), keep the choice at three at most, and say in a live
 * region what is being compared.
 */
import { MAX_COMPARE, compareUrl, parseCompareState } from '../lib/compare/compare-state';
import { isWrrTypeId, type WrrTypeId } from '../lib/typology/wrr-types';

class CompareTypes extends HTMLElement {
  private boxes: HTMLInputElement[] = [];
  private status: HTMLElement | null = null;

  connectedCallback() {
    this.boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-compare-type]')];
    this.status = this.querySelector('[data-compare-status]');
    const { types, ignored } = parseCompareState(window.location.search);
    if (types.length) for (const box of this.boxes) box.checked = types.includes(box.value as WrrTypeId);
    this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    this.addEventListener('change', (e) => this.onChange(e));
    this.announce(ignored.length ? `Niet herkend of te veel gekozen: ${ignored.join(', ')}.` : '');
  }

  private chosen(): WrrTypeId[] {
    return this.boxes.filter((b) => b.checked && isWrrTypeId(b.value)).map((b) => b.value as WrrTypeId);
  }

  private onChange(e: Event) {
    const box = e.target;
    if (!(box instanceof HTMLInputElement) || !this.boxes.includes(box)) return;
    if (box.checked && this.chosen().length > MAX_COMPARE) {
      box.checked = false;
      this.announce(`U kunt hoogstens ${MAX_COMPARE} typen tegelijk vergelijken. Haal eerst een vinkje weg.`);
      return;
    }
    window.history.replaceState(null, '', compareUrl(this.chosen()));
    this.announce('');
  }

  private announce(prefix: string) {
    if (!this.status) return;
    const names = this.boxes.filter((b) => b.checked).map((b) => b.dataset.name ?? b.value);
    let text: string;
    if (names.length === 0) text = 'Kies twee of drie typen.';
    else if (names.length === 1) text = `U ziet alleen ${names[0]}. Kies nog een type om te vergelijken.`;
    else text = `U vergelijkt ${names.slice(0, -1).join(', ')} en ${names.at(-1)}.`;
    this.status.textContent = prefix ? `${prefix} ${text}` : text;
  }
}

if (!customElements.get('compare-types')) customElements.define('compare-types', CompareTypes);
