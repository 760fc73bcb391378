/**
 * <atlas-map>: progressive enhancement of the build-time SVG map.
 * Without JavaScript every gemeente is a plain link to its page. With it: tooltip on hover and focus,
 * a details panel on click/Enter (Escape closes it and returns focus), legend filter, zoom buttons,
 * drag to pan, and a combobox to find a gemeente by name or alias.
 */
import { matchGemeenten, type Matchable } from '../lib/search/gemeente-match';
import { suggestGemeente } from '../lib/search/gemeente-suggest';
import { LABEL_FONT_PX, levelAt } from '../lib/map/map-labels';
import type { MapClientData } from '../lib/map/map-data';
import { readPayload } from '../lib/site/payload';
import { routes } from '../lib/site/routes';

const PROVENANCE = { named: 'genoemd in bron', derived: 'afgeleid uit CBS-cijfers 2022' } as const;
const MAX_SCALE = 8;
/** Zoom when a gemeente is chosen in the search box: enough for its place name to show. */
const CHOOSE_SCALE = 4;
/** Cases of the gemeente itself listed in the panel; the gemeente page has them all. */
const PANEL_OWN_CASES = 6;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function casesLabel(n: number): string {
  return n === 1 ? '1 praktijkvoorbeeld' : `${n} praktijkvoorbeelden`;
}

class AtlasMap extends HTMLElement {
  private data!: MapClientData;
  private svg!: SVGSVGElement;
  private tooltip!: HTMLElement;
  private panel!: HTMLElement;
  private highlight!: SVGPathElement;
  private openCode: string | null = null;
  private view = { x: 0, y: 0, w: 0, h: 0 };
  private full = { x: 0, y: 0, w: 0, h: 0 };

  connectedCallback() {
    const data = readPayload<MapClientData>(this, 'map');
    const svg = this.querySelector<SVGSVGElement>('svg.atlas-map-svg');
    const tooltip = this.querySelector<HTMLElement>('[data-map-tooltip]');
    const panel = this.querySelector<HTMLElement>('[data-map-panel]');
    const highlight = this.querySelector<SVGPathElement>('.map-highlight');
    if (!data || !svg || !tooltip || !panel || !highlight) return;
    this.data = data;
    this.svg = svg;
    this.tooltip = tooltip;
    this.panel = panel;
    this.highlight = highlight;
    const [x, y, w, h] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    this.full = { x, y, w, h };
    this.view = { ...this.full };
    this.classList.add('is-enhanced');

    svg.addEventListener('pointerover', (e) => this.onHover(e));
    svg.addEventListener('pointerleave', () => this.hideTooltip());
    svg.addEventListener('focusin', (e) => this.onFocus(e));
    svg.addEventListener('focusout', () => this.hideTooltip());
    svg.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('keydown', (e) => this.onKeydown(e));
    this.setupLegend();
    this.setupZoom();
    this.setupCombobox();
  }

  private linkOf(target: EventTarget | null): SVGAElement | null {
    return target instanceof Element ? target.closest<SVGAElement>('a[data-code]') : null;
  }

  private linkByCode(code: string): SVGAElement | null {
    return this.svg.querySelector<SVGAElement>(`a[data-code="${code}"]`);
  }

  private onHover(e: PointerEvent) {
    const link = this.linkOf(e.target);
    if (!link) return this.hideTooltip();
    this.showTooltip(link);
  }

  private onFocus(e: FocusEvent) {
    const link = this.linkOf(e.target);
    if (!link) return;
    this.ensureVisible(link);
    this.showTooltip(link);
  }

  private onClick(e: MouseEvent) {
    const link = this.linkOf(e.target);
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (this.dragged) {
      e.preventDefault();
      return;
    }
    e.preventDefault();
    this.openPanel(link.dataset.code ?? '', true);
  }

  private onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.openCode) {
      e.preventDefault();
      this.closePanel();
    }
  }

  private showTooltip(link: SVGAElement) {
    const g = this.data.gemeenten[link.dataset.code ?? ''];
    if (!g) return;
    const type = this.data.types[g.t];
    this.tooltip.replaceChildren(
      el('strong', {}, g.n),
      el('span', {}, type?.name ?? ''),
      el('span', { className: 'text-muted' }, PROVENANCE[g.p]),
      el('span', {}, `Zekerheid: ${g.k}`),
      el('span', {}, casesLabel(g.cn)),
    );
    this.tooltip.hidden = false;
    const box = link.getBoundingClientRect();
    const host = this.querySelector<HTMLElement>('.atlas-map-frame')!.getBoundingClientRect();
    const tipWidth = this.tooltip.offsetWidth;
    const left = Math.min(Math.max(box.left - host.left + box.width / 2 - tipWidth / 2, 4), host.width - tipWidth - 4);
    const top = box.top - host.top - this.tooltip.offsetHeight - 8;
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${top < 4 ? box.bottom - host.top + 8 : top}px`;
    this.highlight.setAttribute('d', link.querySelector('path')?.getAttribute('d') ?? '');
  }

  private hideTooltip() {
    this.tooltip.hidden = true;
    this.highlight.setAttribute('d', '');
  }

  openPanel(code: string, moveFocus: boolean) {
    const g = this.data.gemeenten[code];
    if (!g) return;
    this.openCode = code;
    const type = this.data.types[g.t];
    const own = g.c
      .map((i) => this.data.cases[i]!)
      .filter(Boolean)
      .slice(0, PANEL_OWN_CASES);
    const sameType = (this.data.typeCases[g.t] ?? [])
      .map((i) => this.data.cases[i]!)
      .filter((c) => c && !own.includes(c))
      .slice(0, 5);
    const caseList = (items: typeof own) =>
      items.length
        ? el(
            'ul',
            { className: 'panel-cases' },
            ...items.map((c) =>
              el(
                'li',
                {},
                el('a', { href: routes.case(c.s) }, c.t),
                el('span', { className: 'text-muted' }, ` (${c.g.join(', ')})`),
              ),
            ),
          )
        : el('p', { className: 'text-muted' }, 'Nog geen praktijkvoorbeelden.');
    const heading = el('h2', { id: 'map-panel-title', tabIndex: -1 }, g.n);
    const badge = el('span', { className: 'type-badge' }, type?.name ?? '');
    badge.dataset.type = g.t;
    // The page link comes right after the heading, so it is the next Tab stop once the panel opens.
    const pageLink = el(
      'a',
      { href: routes.gemeente(g.s), className: 'panel-page-link' },
      'Naar de gemeentepagina',
      el('span', { className: 'sr-only' }, ` van ${g.n}`),
    );
    const close = el('button', { type: 'button', className: 'panel-close' }, 'Sluiten');
    close.setAttribute('aria-label', `Sluit details van ${g.n}`);
    close.addEventListener('click', () => this.closePanel());
    this.panel.replaceChildren(
      // "Sluiten" sits top right on screen but after the page link in the Tab order.
      el('div', { className: 'panel-head' }, heading),
      el(
        'p',
        { className: 'panel-page' },
        pageLink,
        el(
          'span',
          { className: 'text-muted text-sm' },
          ': cijfers, type, vergelijkbare gemeenten en een briefing om af te drukken',
        ),
      ),
      close,
      el('p', {}, badge, ' ', el('span', { className: 'text-muted text-sm' }, PROVENANCE[g.p])),
      el('p', { className: 'text-sm' }, el('strong', {}, 'Zekerheid: '), g.k),
      g.f
        ? el('p', {}, g.f)
        : el('p', {}, el('span', { className: 'text-muted' }, 'Zo beschrijft de WRR dit type: '), type?.oneLiner ?? ''),
      el('h3', {}, `Praktijkvoorbeelden uit ${g.n}`),
      caseList(own),
      ...(g.cn > own.length
        ? [el('p', {}, el('a', { href: routes.gemeente(g.s) }, `Alle ${g.cn} praktijkvoorbeelden uit ${g.n}`))]
        : []),
      el('h3', {}, `Uit andere gemeenten van dit type`),
      caseList(sameType),
    );
    this.panel.hidden = false;
    this.svg.querySelectorAll('a[aria-current]').forEach((a) => a.removeAttribute('aria-current'));
    this.linkByCode(code)?.setAttribute('aria-current', 'true');
    if (moveFocus) {
      heading.focus({ preventScroll: true });
      const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
      // As a bottom sheet (narrow or touch screens) the panel is always in view: bring the map above it.
      if (getComputedStyle(this.panel).position === 'fixed')
        this.querySelector('.atlas-map-frame')?.scrollIntoView({ block: 'start', behavior });
      else this.panel.scrollIntoView({ block: 'nearest', behavior });
    }
  }

  closePanel() {
    const code = this.openCode;
    this.openCode = null;
    this.panel.hidden = true;
    this.panel.replaceChildren();
    if (code) {
      const link = this.linkByCode(code);
      link?.removeAttribute('aria-current');
      link?.focus();
    }
  }

  private setupLegend() {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-filter-type]')];
    for (const button of buttons) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const on = button.getAttribute('aria-pressed') !== 'true';
        for (const b of buttons) b.setAttribute('aria-pressed', String(b === button && on));
        if (on) this.svg.dataset.focusType = button.dataset.filterType;
        else delete this.svg.dataset.focusType;
      });
    }
  }

  private applyView() {
    const { x, y, w, h } = this.view;
    this.svg.setAttribute('viewBox', `${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`);
    this.svg.classList.toggle('is-zoomed', w < this.full.w);
    const out = this.querySelector<HTMLButtonElement>('[data-zoom="out"]');
    const reset = this.querySelector<HTMLButtonElement>('[data-zoom="reset"]');
    if (out) out.disabled = w >= this.full.w;
    if (reset) reset.disabled = w >= this.full.w;
    this.updateLabels();
  }

  private labelLevel = -2;

  /** Show the place names of the current zoom level (placed at build time) at a constant size on screen. */
  private updateLabels() {
    const group = this.svg.querySelector<SVGGElement>('.map-labels');
    const width = this.svg.getBoundingClientRect().width;
    if (!group || !width) return;
    const pxPerUnit = width / this.view.w;
    const level = this.view.w < this.full.w ? levelAt(pxPerUnit) : -1;
    group.setAttribute('font-size', (LABEL_FONT_PX / pxPerUnit).toFixed(2));
    if (level === this.labelLevel) return;
    this.labelLevel = level;
    this.svg.dataset.labelLevel = String(level);
    for (const text of group.querySelectorAll<SVGTextElement>('text')) {
      text.style.display = Number(text.dataset.level) <= level ? 'inline' : '';
    }
  }

  private zoomTo(scale: number, cx: number, cy: number) {
    const s = Math.min(Math.max(scale, 1), MAX_SCALE);
    const w = this.full.w / s;
    const h = this.full.h / s;
    this.view = {
      w,
      h,
      x: Math.min(Math.max(cx - w / 2, this.full.x), this.full.x + this.full.w - w),
      y: Math.min(Math.max(cy - h / 2, this.full.y), this.full.y + this.full.h - h),
    };
    this.applyView();
  }

  private get scale() {
    return this.full.w / this.view.w;
  }

  private ensureVisible(link: SVGAElement) {
    if (this.scale === 1) return;
    const box = link.querySelector('path')?.getBBox();
    if (!box) return;
    const { x, y, w, h } = this.view;
    if (box.x >= x && box.y >= y && box.x + box.width <= x + w && box.y + box.height <= y + h) return;
    this.zoomTo(this.scale, box.x + box.width / 2, box.y + box.height / 2);
  }

  private dragged = false;

  private setupZoom() {
    const controls = this.querySelector<HTMLElement>('[data-zoom-controls]');
    if (controls) controls.hidden = false;
    const center = () => [this.view.x + this.view.w / 2, this.view.y + this.view.h / 2] as const;
    this.querySelector('[data-zoom="in"]')?.addEventListener('click', () => this.zoomTo(this.scale * 2, ...center()));
    this.querySelector('[data-zoom="out"]')?.addEventListener('click', () => this.zoomTo(this.scale / 2, ...center()));
    this.querySelector('[data-zoom="reset"]')?.addEventListener('click', () => this.zoomTo(1, 0, 0));
    this.applyView();
    new ResizeObserver(() => this.updateLabels()).observe(this.svg);

    let start: { px: number; py: number; x: number; y: number } | null = null;
    this.svg.addEventListener('pointerdown', (e) => {
      if (this.scale === 1 || e.button !== 0) return;
      start = { px: e.clientX, py: e.clientY, x: this.view.x, y: this.view.y };
      this.dragged = false;
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (!start) return;
      const k = this.view.w / this.svg.getBoundingClientRect().width;
      const dx = (e.clientX - start.px) * k;
      const dy = (e.clientY - start.py) * k;
      if (!this.dragged && Math.hypot(e.clientX - start.px, e.clientY - start.py) < 5) return;
      this.dragged = true;
      this.svg.setPointerCapture(e.pointerId);
      this.view.x = Math.min(Math.max(start.x - dx, this.full.x), this.full.x + this.full.w - this.view.w);
      this.view.y = Math.min(Math.max(start.y - dy, this.full.y), this.full.y + this.full.h - this.view.h);
      this.applyView();
    });
    const end = () => {
      start = null;
      setTimeout(() => (this.dragged = false), 0);
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
  }

  private setupCombobox() {
    const input = this.querySelector<HTMLInputElement>('[data-combobox] input');
    const list = this.querySelector<HTMLUListElement>('[data-combobox] [role="listbox"]');
    const status = this.querySelector<HTMLElement>('[data-combobox] [data-status]');
    const message = this.querySelector<HTMLElement>('[data-combobox] [data-message]');
    if (!input || !list || !status || !message) return;
    this.querySelector<HTMLElement>('[data-combobox]')!.hidden = false;
    const items: Matchable[] = Object.entries(this.data.gemeenten).map(([code, g]) => ({
      code,
      name: g.n,
      aliases: g.a,
    }));
    let options: { code: string }[] = [];
    let active = -1;

    const render = () => {
      const found = matchGemeenten(input.value, items, 8);
      // Nothing found: offer the nearest name ("Bedoelt u Zaltbommel?") as the one option.
      const suggestion = found.length ? null : suggestGemeente(input.value, items);
      const matches = suggestion ? [suggestion] : found;
      options = matches;
      active = matches.length ? 0 : -1;
      list.replaceChildren(
        ...matches.map((m, i) => {
          const li = el(
            'li',
            { id: `gm-option-${m.code}`, className: 'combobox-option' },
            suggestion ? `Bedoelt u ${m.name}?` : m.name,
          );
          const via = 'via' in m && typeof m.via === 'string' ? m.via : '';
          if (via) li.append(el('span', { className: 'text-muted' }, ` (${via})`));
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', String(i === active));
          li.addEventListener('pointerdown', (e) => e.preventDefault());
          li.addEventListener('click', () => choose(m.code));
          return li;
        }),
      );
      const open = input.value.trim() !== '' && matches.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      input.setAttribute('aria-activedescendant', active >= 0 ? `gm-option-${matches[active]!.code}` : '');
      const query = input.value.trim();
      const none = suggestion
        ? `Geen gemeente gevonden met ‘${query}’. Bedoelt u ${suggestion.name}? Kies met Enter.`
        : `Geen gemeente gevonden met ‘${query}’. Controleer de spelling, of kies uit de lijst van alle gemeenten.`;
      status.textContent = query === '' ? '' : found.length ? `${found.length} gemeenten gevonden` : none;
      message.textContent = query !== '' && !found.length ? none : '';
      message.hidden = message.textContent === '';
    };
    const move = (delta: number) => {
      if (!options.length) return;
      active = (active + delta + options.length) % options.length;
      list
        .querySelectorAll('[role="option"]')
        .forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', `gm-option-${options[active]!.code}`);
    };
    const choose = (code: string) => {
      const g = this.data.gemeenten[code];
      if (!g) return;
      input.value = g.n;
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      message.hidden = true;
      const link = this.linkByCode(code);
      if (!link) return;
      if (this.scale < CHOOSE_SCALE) {
        const box = link.querySelector('path')!.getBBox();
        this.zoomTo(CHOOSE_SCALE, box.x + box.width / 2, box.y + box.height / 2);
      }
      this.openPanel(code, true);
    };
    input.addEventListener('input', render);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden) render();
        else move(1);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        move(-1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (active >= 0 && options[active]) choose(options[active]!.code);
      } else if (e.key === 'Escape') {
        if (!list.hidden) {
          e.stopPropagation();
          list.hidden = true;
          input.setAttribute('aria-expanded', 'false');
        }
      }
    });
    input.addEventListener('blur', () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    });
  }
}

customElements.define('atlas-map', AtlasMap);
