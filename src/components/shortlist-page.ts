/**
 * <shortlist-page>: the selection page (/selectie/). It fetches the display data (SheetData) of the cases it
 * shows, one small file each (routes.selectionSheet); this element renders the cases of the user's selection (localStorage) or, with ?ids=…, of a
 * share link, in the selection's order (./shortlist-sheet.ts), and keeps the share link, the CSV
 * download and the print footer in step. All parsing and merging is in src/lib/shortlist/shortlist.ts; slugs
 * from the URL only pick entries of the embedded data, and URL text is only ever set as textContent.
 */
import { casesLabel, mergeIds, parseShareSearch, resolveIds, shareUrl, unknownNote } from '../lib/shortlist/shortlist';
import { $ } from '../lib/site/dom';
import { routes } from '../lib/site/routes';
import { KNOWN_CASES } from './known-cases';
import { csvFileName, selectionCsv, type SheetData } from '../lib/shortlist/shortlist-csv';
import { cleanNote, cleanTitle } from '../lib/shortlist/print-text';
import { renderSheet } from './shortlist-sheet';
import { onShortlistChange, pruneShortlist, readShortlist, storageAvailable, writeShortlist } from './shortlist-store';
import './shortlist-toggle';

/** Title and note of the printed selection, kept in this browser only (never in the share link). */
const PRINT_KEY = 'praktijkatlas:selectie-afdruk';

function readPrintText(): { title: string; note: string } {
  try {
    const raw = JSON.parse(window.localStorage.getItem(PRINT_KEY) ?? '{}') as { title?: unknown; note?: unknown };
    return { title: cleanTitle(raw.title), note: cleanNote(raw.note) };
  } catch {
    return { title: '', note: '' };
  }
}

function writePrintText(value: { title: string; note: string }): void {
  try {
    window.localStorage.setItem(PRINT_KEY, JSON.stringify(value));
  } catch {
    // Storage refused: the text still prints from this page.
  }
}

class ShortlistPage extends HTMLElement {
  #data = new Map<string, SheetData>();
  /** Rendered sheets, kept so a case taken out and put back keeps its element. */
  #sheets = new Map<string, HTMLLIElement>();
  #known = new Set<string>();
  /** Cases of the share link being viewed; null when showing the user's own selection. */
  #shared: string[] | null = null;
  /** What "Wis selectie" removed, for undo. */
  #cleared: string[] = [];
  /** The sheet whose toggle is being clicked, and its neighbours, to move focus when it disappears. */
  #clicked: { li: Element; next: Element | null; prev: Element | null } | null = null;

  connectedCallback() {
    this.#known = new Set(KNOWN_CASES);

    const share = parseShareSearch(location.search);
    let dropped: string[];
    if (share) {
      const { found, unknown } = resolveIds(share.ids, this.#known);
      this.#shared = found;
      dropped = [...share.rejected, ...unknown];
    } else {
      // Cases renamed or removed since they were saved: say so once and forget them.
      dropped = pruneShortlist(this.#known);
    }
    const note = $(this, '[data-unknown]');
    note.textContent = unknownNote(dropped);
    note.hidden = dropped.length === 0;

    $(this, '[data-adopt]').addEventListener('click', () => this.#adopt());
    $(this, '[data-copy]').addEventListener('click', () => void this.#copy());
    $(this, '[data-csv]').addEventListener('click', () => this.#download());
    $(this, '[data-clear]').addEventListener('click', () => this.#clear());
    $(this, '[data-undo]').addEventListener('click', () => this.#undo());
    $(this, '[data-share-url]').addEventListener('focus', (e) => (e.target as HTMLInputElement).select());
    // A sheet's "Bewaard" button takes the case out of the own selection, which removes the sheet: keep focus nearby.
    const list = $(this, '[data-sheets]');
    list.addEventListener('click', (e) => this.#beforeToggle(e), { capture: true });
    list.addEventListener('click', () => this.#afterToggle());
    onShortlistChange(() => void this.#load().then(() => this.#render()));
    this.#setupPrintText();
    void this.#load().then(() => this.#render());
    if (!storageAvailable()) {
      this.#say(
        'Deze browser bewaart niets (privévenster of opslag uitgeschakeld): uw selectie verdwijnt als u de pagina sluit.',
      );
    }
  }

  /** The cases on show, in order. */
  get ids(): string[] {
    return this.#shared ?? resolveIds(readShortlist(), this.#known).found;
  }

  #render() {
    const ids = this.#shown;
    const list = $(this, '[data-sheets]');
    const want = ids.map((id) => this.#sheet(id));
    // Touch the DOM only where it differs, so a sheet that stays keeps its focus.
    for (const el of [...list.children]) if (!want.includes(el as HTMLLIElement)) el.remove();
    want.forEach((el, i) => {
      if (list.children[i] !== el) list.insertBefore(el, list.children[i] ?? null);
    });

    const stored = new Set(readShortlist());
    const shared = $(this, '[data-shared]');
    shared.hidden = this.#shared === null;
    if (this.#shared) {
      const total = this.#shared.length;
      const have = this.#shared.filter((id) => stored.has(id)).length;
      let text = `U bekijkt een gedeelde selectie van ${casesLabel(total)}.`;
      if (total > 0 && have === total)
        text += total === 1 ? ' Het staat al in uw eigen selectie.' : ' Ze staan allemaal al in uw eigen selectie.';
      else if (have > 0) text += ` ${have} daarvan ${have === 1 ? 'staat' : 'staan'} al in uw eigen selectie.`;
      $(this, '[data-shared-text]').textContent = text;
      $(this, '[data-adopt]').hidden = have === total;
    }

    $(this, '[data-status]').textContent = this.#shared
      ? `${casesLabel(ids.length)} in deze gedeelde selectie`
      : `${casesLabel(ids.length)} in uw selectie`;
    $(this, '[data-tools]').hidden = ids.length === 0;
    // "Wis selectie" empties the user's own selection, so it is not offered while a shared one is shown.
    $(this, '[data-clear]').hidden = this.#shared !== null;
    $(this, '[data-empty]').hidden = ids.length > 0 || this.#shared !== null;

    const link = shareUrl(ids, location.origin);
    $<HTMLInputElement>(this, '[data-share-url]').value = link;
    const printUrl = document.querySelector<HTMLElement>('[data-print-url]');
    if (printUrl) {
      printUrl.dataset.href = link;
      printUrl.textContent = link;
    }
  }

  /** The editable title and note; what is typed goes straight into the print-only head. */
  #setupPrintText() {
    const title = $<HTMLInputElement>(this, '[data-title-input]');
    const note = $<HTMLTextAreaElement>(this, '[data-note-input]');
    const saved = readPrintText();
    title.value = saved.title;
    note.value = saved.note;
    const sync = () => {
      const value = { title: cleanTitle(title.value), note: cleanNote(note.value) };
      $(this, '[data-print-title]').textContent = value.title || 'Mijn selectie';
      $(this, '[data-print-note]').textContent = value.note;
      $(this, '[data-print-note-wrap]').hidden = value.note === '';
      return value;
    };
    title.addEventListener('input', () => writePrintText(sync()));
    note.addEventListener('input', () => writePrintText(sync()));
    sync();
  }

  /** Fetch the display data of the cases on show that are not loaded yet (one small file per case). */
  async #load() {
    const missing = this.ids.filter((id) => !this.#data.has(id));
    const loaded = await Promise.all(
      missing.map(async (id) => {
        try {
          const res = await fetch(routes.selectionSheet(id));
          return res.ok ? ((await res.json()) as SheetData) : null;
        } catch {
          return null;
        }
      }),
    );
    for (const sheet of loaded) if (sheet) this.#data.set(sheet.slug, sheet);
  }

  /** The cases on show whose data is loaded, in order. */
  get #shown(): string[] {
    return this.ids.filter((id) => this.#data.has(id));
  }

  #sheet(slug: string): HTMLLIElement {
    let li = this.#sheets.get(slug);
    if (!li) {
      li = renderSheet(this.#data.get(slug)!);
      this.#sheets.set(slug, li);
    }
    return li;
  }

  #say(text: string) {
    $(this, '[data-tool-status]').textContent = text;
  }

  #adopt() {
    const before = readShortlist();
    const merged = mergeIds(before, this.#shared ?? []);
    const added = merged.length - before.length;
    this.#shared = null;
    history.replaceState(null, '', location.pathname);
    writeShortlist(merged);
    this.#say(`${casesLabel(added)} ${added === 1 ? 'is' : 'zijn'} toegevoegd aan uw selectie.`);
    $(this, '[data-status]').focus();
  }

  async #copy() {
    const input = $<HTMLInputElement>(this, '[data-share-url]');
    try {
      await navigator.clipboard.writeText(input.value);
      this.#say('Deellink gekopieerd.');
    } catch {
      input.focus();
      input.select();
      this.#say('Kopiëren lukte niet; de link is geselecteerd, kopieer hem met Ctrl+C of Cmd+C.');
    }
  }

  #download() {
    const csv = selectionCsv(
      this.#shown.map((id) => this.#data.get(id)!),
      location.origin,
    );
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFileName(new Date());
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#say(`CSV met ${casesLabel(this.#shown.length)} gedownload.`);
  }

  #clear() {
    this.#cleared = readShortlist();
    writeShortlist([]);
    $(this, '[data-undo-wrap]').hidden = false;
    this.#say('Uw selectie is gewist.');
    $<HTMLButtonElement>(this, '[data-undo]').focus();
  }

  #undo() {
    writeShortlist(mergeIds(this.#cleared, readShortlist()));
    $(this, '[data-undo-wrap]').hidden = true;
    this.#say(`${casesLabel(this.#cleared.length)} teruggezet.`);
    this.#cleared = [];
    $(this, '[data-status]').focus();
  }

  #beforeToggle(e: Event) {
    const li = (e.target as Element).closest('shortlist-toggle')?.closest('li[data-slug]');
    this.#clicked = li ? { li, next: li.nextElementSibling, prev: li.previousElementSibling } : null;
  }

  #afterToggle() {
    const clicked = this.#clicked;
    this.#clicked = null;
    if (!clicked || clicked.li.isConnected) return;
    const title = clicked.li.querySelector('h2')?.textContent ?? '';
    this.#say(`‘${title}’ is uit uw selectie gehaald.`);
    const neighbour = [clicked.next, clicked.prev].find((el) => el?.isConnected);
    (neighbour?.querySelector<HTMLElement>('h2 a') ?? $(this, '[data-status]')).focus();
  }
}

if (!customElements.get('shortlist-page')) customElements.define('shortlist-page', ShortlistPage);
