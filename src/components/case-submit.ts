/**
 * <case-submit>: the browser side of /aanmelden/. Reads the form, lets src/lib/cases/case-form.ts check it
 * with the content collection's schema, and shows either one message per field (plus an error
 * summary that links to the fields) or the finished case file to e-mail, download or copy. The form is
 * never reset, so nothing typed is lost. User text is only ever inserted as text nodes.
 */
import {
  FIELD,
  resolveGemeente,
  submissionMail,
  validateCaseForm,
  type CaseFormValues,
  type CaseSubmitPayload,
  type FieldError,
  type GemeenteResolution,
} from '../lib/cases/case-form';
import { $ } from '../lib/site/dom';
import { readPayload } from '../lib/site/payload';
import { routes } from '../lib/site/routes';

const MAX_GEMEENTEN = 12;

/** Today in the user's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

class CaseSubmitElement extends HTMLElement {
  #data!: CaseSubmitPayload;
  #form!: HTMLFormElement;
  #rows!: HTMLOListElement;
  #downloadUrl: string | null = null;

  connectedCallback() {
    const data = readPayload<CaseSubmitPayload>(this, 'case-submit');
    if (!data) return;
    this.#data = data;
    this.#form = $<HTMLFormElement>(this, '[data-submit-form]');
    this.#rows = $<HTMLOListElement>(this, '[data-gemeente-rows]');
    this.#form.hidden = false;

    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#check();
    });
    $(this, '[data-add-gemeente]').addEventListener('click', () => this.#addRow());
    this.#rows.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('[data-remove-gemeente]');
      if (button) this.#removeRow(button.closest('li')!);
    });
    this.#rows.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.matches('[data-gemeente-input]'))
        this.#showFound(input, resolveGemeente(input.value, this.#data.gemeenten));
    });
    $(this, '[data-error-list]').addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-field]');
      if (!link) return;
      e.preventDefault();
      this.#focusField(link.dataset.field!);
    });
    $(this, '[data-copy]').addEventListener('click', () => void this.#copy());
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-source-kind]')) {
      radio.addEventListener('change', () => this.#showSourcePart());
    }
    this.#showSourcePart();
  }

  #sourceKind(): 'seed' | 'new' {
    return this.querySelector<HTMLInputElement>('[data-source-kind]:checked')?.value === 'new' ? 'new' : 'seed';
  }

  /** Show the fields of the chosen kind of source; the other kind's fields keep what was typed. */
  #showSourcePart() {
    const kind = this.#sourceKind();
    for (const part of this.querySelectorAll<HTMLElement>('[data-source-part]'))
      part.hidden = part.dataset.sourcePart !== kind;
  }

  #value(id: string): string {
    const el = this.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`);
    return el?.value ?? '';
  }

  #checked(name: string): string[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  #values(): CaseFormValues {
    return {
      title: this.#value(FIELD.title),
      gemeenten: [...this.#rows.querySelectorAll<HTMLInputElement>('[data-gemeente-input]')].map((i) => i.value),
      typeInSource: this.#value(FIELD.typeInSource),
      themes: this.#checked('themas'),
      domains: this.#checked('domeinen'),
      instrument: this.#value(FIELD.instrument),
      year: this.#value(FIELD.year),
      period: this.#value(FIELD.period),
      people: this.#value(FIELD.people),
      summary: this.#value(FIELD.summary),
      lessons: [0, 1, 2, 3].map((i) => this.#value(FIELD.lesson(i))),
      sourceKind: this.#sourceKind(),
      seed: this.#value(FIELD.seed),
      section: this.#value(FIELD.section),
      pages: this.#value(FIELD.pages),
      urls: this.#value(FIELD.urls),
      newTitle: this.#value(FIELD.newTitle),
      newPublisher: this.#value(FIELD.newPublisher),
      newDate: this.#value(FIELD.newDate),
      newUrl: this.#value(FIELD.newUrl),
      newSection: this.#value(FIELD.newSection),
      status: this.#value(FIELD.status),
      body: this.#value(FIELD.body),
      slug: this.#value(FIELD.slug),
    };
  }

  #check() {
    const result = validateCaseForm(this.#values(), {
      gemeenten: this.#data.gemeenten,
      takenSlugs: this.#data.takenSlugs,
      today: today(),
    });
    const inputs = [...this.#rows.querySelectorAll<HTMLInputElement>('[data-gemeente-input]')];
    result.gemeenten.forEach((r, i) => inputs[i] && this.#showFound(inputs[i], r));
    this.#clearErrors();
    const resultBox = $(this, '[data-result]');
    if (!result.ok) {
      resultBox.hidden = true;
      this.#showErrors(result.errors);
      return;
    }
    document.title = document.title.replace(/^Fout: /, '');
    $(this, '[data-result-file]').textContent = result.fileName;
    $(this, '[data-result-url]').textContent = routes.case(result.slug);
    $<HTMLTextAreaElement>(this, '[data-result-markdown]').value = result.markdown;
    const download = $<HTMLAnchorElement>(this, '[data-download]');
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = URL.createObjectURL(new Blob([result.markdown], { type: 'text/markdown;charset=utf-8' }));
    download.href = this.#downloadUrl;
    download.download = result.fileName;
    const mailLink = this.querySelector<HTMLAnchorElement>('[data-mail]');
    if (mailLink && this.#data.contactEmail) {
      const mail = submissionMail(this.#data.contactEmail, result.fileName, result.data.title, result.markdown);
      mailLink.href = mail.href;
      $(this, '[data-mail-note]').textContent = mail.complete
        ? 'De knop opent uw e-mailprogramma met een bericht aan de redactie waarin de aanmelding al staat. Controleer het bericht en verstuur het.'
        : 'Uw aanmelding is te lang om in het bericht zelf te zetten. Download eerst het bestand hieronder. De knop opent dan uw e-mailprogramma met een bericht aan de redactie; voeg het bestand daar als bijlage toe.';
    }
    $(this, '[data-copy-status]').textContent = '';
    resultBox.hidden = false;
    $(this, '#resultaat-kop').focus();
  }

  #clearErrors() {
    const summary = $(this, '[data-error-summary]');
    summary.hidden = true;
    $(this, '[data-error-list]').replaceChildren();
    for (const group of this.querySelectorAll<HTMLElement>('[data-invalid]')) group.removeAttribute('data-invalid');
    for (const p of this.querySelectorAll<HTMLElement>('.field-error')) {
      p.hidden = true;
      p.replaceChildren();
    }
    for (const el of this.querySelectorAll<HTMLElement>('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of this.querySelectorAll<HTMLElement>('[aria-describedby]')) {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && !id.endsWith('-fout'));
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    }
  }

  #showErrors(errors: FieldError[]) {
    const list = $(this, '[data-error-list]');
    for (const { field, message } of errors) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${this.#focusTarget(field)?.id ?? field}`;
      a.dataset.field = field;
      a.textContent = message;
      li.append(a);
      list.append(li);

      const p = this.querySelector<HTMLElement>(`#${field}-fout`);
      if (p) {
        const prefix = document.createElement('span');
        prefix.className = 'sr-only';
        prefix.textContent = 'Fout: ';
        p.replaceChildren(prefix, message);
        p.hidden = false;
      }
      this.querySelector<HTMLElement>(`[data-group="${field}"]`)?.setAttribute('data-invalid', '');
      // The control (or, for a checkbox group, its fieldset) is described by the message.
      const described = this.querySelector<HTMLElement>(`#${field}`);
      if (described) {
        const ids = (described.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        described.setAttribute('aria-describedby', [...ids, `${field}-fout`].join(' '));
        if (!(described instanceof HTMLFieldSetElement)) described.setAttribute('aria-invalid', 'true');
      }
    }
    $(this, '[data-error-count]').textContent =
      errors.length === 1 ? 'Verbeter het veld hieronder.' : `Verbeter de ${errors.length} velden hieronder.`;
    if (!document.title.startsWith('Fout: ')) document.title = `Fout: ${document.title}`;
    const summary = $(this, '[data-error-summary]');
    summary.hidden = false;
    summary.focus();
  }

  /** The control to focus for a field: itself, or the first checkbox of a group. */
  #focusTarget(field: string): HTMLElement | null {
    const el = this.querySelector<HTMLElement>(`#${field}`);
    if (el instanceof HTMLFieldSetElement) return el.querySelector('input');
    return el;
  }

  #focusField(field: string) {
    const target = this.#focusTarget(field);
    if (!target) return;
    // Bring the label (or legend) into view with the control, as GOV.UK does.
    const group = target.closest('[data-group]') ?? target;
    group.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  #showFound(input: HTMLInputElement, r: GemeenteResolution) {
    const found = input.closest('li')?.querySelector<HTMLElement>('[data-gemeente-found]');
    if (!found) return;
    found.textContent =
      r.kind === 'ok'
        ? `Gevonden: ${r.name} (${r.code})${r.historicalName ? `; ‘${r.historicalName}’ komt erbij als naam in de bron` : ''}.`
        : '';
  }

  #rowsList(): HTMLLIElement[] {
    return [...this.#rows.querySelectorAll<HTMLLIElement>('[data-gemeente-row]')];
  }

  #addRow() {
    const rows = this.#rowsList();
    if (rows.length >= MAX_GEMEENTEN) return;
    const row = rows[0]!.cloneNode(true) as HTMLLIElement;
    row.removeAttribute('data-invalid');
    const input = row.querySelector<HTMLInputElement>('[data-gemeente-input]')!;
    input.value = '';
    input.removeAttribute('aria-invalid');
    row.querySelector<HTMLElement>('.field-error')!.hidden = true;
    row.querySelector<HTMLElement>('.field-error')!.replaceChildren();
    row.querySelector<HTMLElement>('[data-gemeente-found]')!.textContent = '';
    this.#rows.append(row);
    this.#renumber();
    input.focus();
    $(this, '[data-gemeente-status]').textContent = `Veld gemeente ${rows.length + 1} toegevoegd.`;
  }

  #removeRow(row: HTMLLIElement) {
    const rows = this.#rowsList();
    const index = rows.indexOf(row);
    if (rows.length <= 1 || index < 0) return;
    row.remove();
    this.#renumber();
    const next = this.#rowsList()[Math.max(0, index - 1)]?.querySelector<HTMLInputElement>('input');
    next?.focus();
    $(this, '[data-gemeente-status]').textContent = `Gemeente ${index + 1} verwijderd.`;
  }

  /** Ids follow the order (gemeente-1, gemeente-2, …): the error messages refer to them. */
  #renumber() {
    const rows = this.#rowsList();
    rows.forEach((row, i) => {
      const id = FIELD.gemeente(i);
      row.dataset.group = id;
      const input = row.querySelector<HTMLInputElement>('[data-gemeente-input]')!;
      input.id = id;
      const label = row.querySelector<HTMLLabelElement>('[data-gemeente-label]')!;
      label.htmlFor = id;
      label.textContent = `Gemeente ${i + 1}`;
      row.querySelector<HTMLElement>('.field-error')!.id = `${id}-fout`;
      row.querySelector<HTMLElement>('[data-gemeente-found]')!.id = `${id}-gevonden`;
      const hasError = !row.querySelector<HTMLElement>('.field-error')!.hidden;
      input.setAttribute(
        'aria-describedby',
        ['gemeente-hint', hasError ? `${id}-fout` : '', `${id}-gevonden`].filter(Boolean).join(' '),
      );
      const remove = row.querySelector<HTMLButtonElement>('[data-remove-gemeente]')!;
      remove.hidden = rows.length === 1;
      remove.setAttribute('aria-label', `Verwijder gemeente ${i + 1}`);
    });
    $<HTMLButtonElement>(this, '[data-add-gemeente]').hidden = rows.length >= MAX_GEMEENTEN;
  }

  async #copy() {
    const status = $(this, '[data-copy-status]');
    const text = $<HTMLTextAreaElement>(this, '[data-result-markdown]').value;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Gekopieerd. Plak het in een leeg tekstbestand.';
    } catch {
      const area = $<HTMLTextAreaElement>(this, '[data-result-markdown]');
      area.focus();
      area.select();
      status.textContent =
        'Kopiëren lukte niet automatisch. De tekst is geselecteerd: kopieer hem met Ctrl+C of Cmd+C.';
    }
  }
}

customElements.define('case-submit', CaseSubmitElement);
