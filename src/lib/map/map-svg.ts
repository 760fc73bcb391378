/**
 * Build the choropleth SVG markup from precomputed geometry and per-gemeente facts.
 * Pure and string-based so the build renders it once and a snapshot test can compare it.
 */
import type { MapGeometry } from './map-geometry';
import type { MapLabel } from './map-labels';
import type { WrrTypeId } from '../typology/wrr-types';

export interface MapEntry {
  code: string;
  name: string;
  /** URL of the gemeente page. */
  href: string;
  type: WrrTypeId | null;
  /** Accessible name, e.g. "Westland, Tuinbouwgemeente, genoemd in bron, zeker". */
  label: string;
  /** Type is onzeker: drawn with hatching over the type colour. */
  uncertain?: boolean;
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * One `<a>` per gemeente (one focus target each, even when the shape has several parts), coloured by
 * `data-type` through CSS tokens. Gemeenten without an entry are drawn as "geen data", never dropped.
 */
export function renderChoroplethSvg(
  geometry: MapGeometry,
  entries: readonly MapEntry[],
  title: string,
  labels: readonly MapLabel[] = [],
): string {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const shapes = geometry.shapes.map((shape) => {
    const entry = byCode.get(shape.code);
    const type = entry?.type ?? 'geen-data';
    if (!entry) {
      return `<path d="${shape.d}" data-code="${shape.code}" data-type="geen-data"><title>${escapeXml(shape.name)}: geen gegevens</title></path>`;
    }
    return (
      `<a href="${escapeXml(entry.href)}" data-code="${entry.code}" data-type="${type}" aria-label="${escapeXml(entry.label)}">` +
      `<path d="${shape.d}"/></a>`
    );
  });
  // Hatching over the gemeenten whose type is onzeker: a second copy of the outline, not clickable,
  // hidden from assistive technology (the link's name already says "onzeker").
  const hatched = geometry.shapes
    .filter((shape) => byCode.get(shape.code)?.uncertain)
    .map((shape) => `<path d="${shape.d}" data-code="${shape.code}"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}" class="atlas-map-svg" role="group" aria-label="${escapeXml(title)}">` +
    `<defs><pattern id="geen-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#dddddd"/><line x1="0" y1="0" x2="0" y2="6" stroke="#767676" stroke-width="2"/></pattern>` +
    `<pattern id="onzeker-arcering" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
    `<line x1="1" y1="0" x2="1" y2="6" stroke="#111111" stroke-width="1.5"/><line x1="4" y1="0" x2="4" y2="6" stroke="#ffffff" stroke-width="1.5"/></pattern></defs>` +
    `<g class="gemeenten">${shapes.join('')}</g>` +
    (hatched.length ? `<g class="onzeker-arcering" aria-hidden="true">${hatched.join('')}</g>` : '') +
    (geometry.provinceBorders
      ? `<path class="provinciegrenzen" d="${geometry.provinceBorders}" aria-hidden="true"/>`
      : '') +
    `<path class="map-highlight" d="" aria-hidden="true"/>` +
    // Place names for the zoomed map (./map-labels.ts): hidden until the client shows a level; the
    // links already carry the names for assistive technology.
    (labels.length
      ? `<g class="map-labels" aria-hidden="true">${labels.map((l) => `<text x="${l.x}" y="${l.y}" data-level="${l.level}">${escapeXml(l.name)}</text>`).join('')}</g>`
      : '') +
    `</svg>`
  );
}
