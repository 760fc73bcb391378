/**
 * Pagination of the server-rendered case list: /praktijkvoorbeelden/ is page 1,
 * /praktijkvoorbeelden/pagina/2/ … the rest (routes.casesPage). Plain links, so they work without JavaScript.
 */

/** Cards per list page (and per "Toon meer" step of the search results). */
export const PAGE_SIZE = 20;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * Page numbers to link: the first, the last, and the current one with `around` neighbours on each
 * side; null marks a gap ("…"). Constant length, however many pages there are.
 */
export function pageLinks(current: number, count: number, around = 2): (number | null)[] {
  const wanted = new Set([1, count]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= count) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}
