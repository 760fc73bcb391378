/**
 * One case of the selection page as DOM, from its SheetData (src/lib/shortlist/shortlist.ts): what a reader
 * needs on one printed page (title, gemeenten, type, summary, facts, lessons, source with its links,
 * the address of the full case page) plus the "Bewaar" toggle. Built with createElement and text
 * nodes only; only http(s) addresses become links.
 */
import { readableUrl } from '../lib/shortlist/print-text';
import { isWebUrl, type SheetData } from '../lib/shortlist/shortlist-csv';
import { shortlistToggleElement } from './shortlist-toggle';

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

/** A link; on paper its address prints decoded (global.css reads data-print-address). */
function link(href: string | undefined, text: string, attrs: Record<string, string> = {}): Node {
  return isWebUrl(href)
    ? h('a', { href, 'data-print-address': readableUrl(href), ...attrs }, text)
    : h('cite', { class: 'not-italic' }, text);
}

export function renderSheet(s: SheetData): HTMLLIElement {
  const id = `blad-${s.slug}`;
  const fact = (term: string, values: string[]) =>
    values.length > 0 && [h('dt', { class: 'font-semibold' }, term), h('dd', {}, values.join(', '))];
  const facts = h('dl', { class: 'mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]' });
  for (const pair of [
    fact("Thema's", s.themes),
    fact('Instrument', [s.instrument]),
    fact('Integratiedomeinen', s.domains),
  ]) {
    if (pair) facts.append(...pair);
  }
  return h(
    'li',
    { class: 'case-sheet-item rounded border border-line bg-paper p-4 sm:p-6', 'data-slug': s.slug },
    h(
      'article',
      { class: 'case-sheet break-words', 'aria-labelledby': id },
      h('h2', { id, class: 'text-xl sm:text-2xl' }, h('a', { href: s.url }, s.title)),
      h(
        'p',
        { class: 'mt-1 text-muted' },
        s.gemeenten.join(', '),
        h('span', { 'aria-hidden': 'true' }, ' · '),
        h('span', { class: 'sr-only' }, ', '),
        s.when,
      ),
      h(
        'ul',
        { class: 'mt-2 flex flex-wrap gap-1.5', 'aria-label': 'WRR-type' },
        ...s.types.map((t) => h('li', {}, h('span', { class: 'type-badge', 'data-type': t.id }, t.name))),
      ),
      h('p', { class: 'mt-3 prose-nl font-medium' }, s.summary),
      facts,
      h('h3', { class: 'mt-4 text-base' }, 'Wat kunt u hiermee?'),
      h('ul', { class: 'mt-1 prose-nl list-disc space-y-1 ps-5' }, ...s.lessons.map((l) => h('li', {}, l))),
      h('h3', { class: 'mt-4 text-base' }, s.sources.length === 1 ? 'Bron' : 'Bronnen'),
      ...s.sources.map((src) => {
        const urls = src.urls.filter(isWebUrl);
        return h(
          'div',
          { class: 'mt-1 prose-nl text-sm' },
          h('p', {}, link(src.url, src.title), ` (${src.byline})${src.where ? `, ${src.where}` : ''}.`),
          urls.length > 0 &&
            h(
              'ul',
              { 'aria-label': 'Links uit de bron' },
              ...urls.map((u) => h('li', { class: 'break-all' }, link(u, readableUrl(u), { 'data-bare-url': '' }))),
            ),
        );
      }),
      h(
        'p',
        { class: 'print-only mt-3 text-sm' },
        'Het hele praktijkvoorbeeld: ',
        h('span', { 'data-print-href': s.url }, new URL(s.url, location.href).href),
      ),
      h(
        'div',
        { class: 'mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden' },
        h('a', { href: s.url }, 'Lees het hele praktijkvoorbeeld', h('span', { class: 'sr-only' }, `: ${s.title}`)),
        shortlistToggleElement(s.slug, s.title),
      ),
    ),
  );
}
