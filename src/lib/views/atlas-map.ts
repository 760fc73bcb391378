/**
 * What the home page map (AtlasMap.astro) renders: the SVG, the legend counts and the JSON the
 * <atlas-map> element reads. Pure: takes the gemeenten, the cases and the projected geometry.
 */
import type { EnrichedCase } from '../cases/case-join';
import type { GemeenteRecord } from '../data/gemeente-record';
import { buildMapClientData, countByType, toMapEntries, type MapClientData } from '../map/map-data';
import type { MapGeometry } from '../map/map-geometry';
import { placeLabels } from '../map/map-labels';
import { renderChoroplethSvg } from '../map/map-svg';
import { searchNamesOf } from '../search/gemeente-aliases';
import type { WrrTypeId } from '../typology/wrr-types';

export interface AtlasMapView {
  svg: string;
  /** Gemeenten per type, for the legend. */
  typeCounts: Record<WrrTypeId, number>;
  /** Gemeenten whose type is onzeker (hatched). */
  uncertain: number;
  clientData: MapClientData;
}

export function atlasMapView(
  gemeenten: readonly GemeenteRecord[],
  cases: readonly EnrichedCase[],
  map: MapGeometry,
): AtlasMapView {
  const population = new Map(gemeenten.map((g) => [g.code, g.population]));
  const formerNames = new Map(gemeenten.map((g) => [g.code, g.predecessors2017.map((p) => p.name)]));
  const labels = placeLabels(
    map.shapes.map((s) => ({
      code: s.code,
      name: s.name,
      population: population.get(s.code) ?? 0,
      centroid: s.centroid,
    })),
  );
  const svg = renderChoroplethSvg(
    map,
    toMapEntries(gemeenten),
    `Kaart van de ${gemeenten.length} gemeenten, gekleurd naar WRR-type; gemeenten met een onzeker type zijn gearceerd`,
    labels,
  );
  const mapCases = cases.map((c) => ({
    slug: c.slug,
    title: c.data.title,
    gemeenten: c.gemeenten.map((g) => g.code),
    types: c.types,
  }));
  const clientData = buildMapClientData(gemeenten, mapCases, (g) =>
    searchNamesOf({ code: g.code, name: g.name, formerNames: formerNames.get(g.code) ?? [] }),
  );
  return {
    svg,
    typeCounts: Object.fromEntries(countByType(gemeenten).map((c) => [c.id, c.count])) as Record<WrrTypeId, number>,
    uncertain: gemeenten.filter((g) => g.certainty === 'onzeker').length,
    clientData,
  };
}
