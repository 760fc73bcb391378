/** The home page (/): the map, entry points per type and theme, and the newest cases. Pure. */
import type { EnrichedCase } from '../cases/case-join';
import type { GemeenteRecord } from '../data/gemeente-record';
import type { MapGeometry } from '../map/map-geometry';
import { newestCases, themeEntries, typeEntries, type ThemeEntry, type TypeEntry } from '../site/home-entries';
import { atlasMapView, type AtlasMapView } from './atlas-map';

/** Newest cases on the home page: a fixed number, whatever the size of the atlas. */
export const HOME_NEWEST = 6;

export interface HomePageView {
  caseCount: number;
  map: AtlasMapView;
  byType: TypeEntry[];
  byTheme: ThemeEntry[];
  newest: EnrichedCase[];
}

export function homePageView(input: {
  gemeenten: readonly GemeenteRecord[];
  cases: readonly EnrichedCase[];
  map: MapGeometry;
}): HomePageView {
  const { gemeenten, cases, map } = input;
  return {
    caseCount: cases.length,
    map: atlasMapView(gemeenten, cases, map),
    byType: typeEntries(gemeenten, cases),
    byTheme: themeEntries(cases),
    newest: newestCases(cases, HOME_NEWEST),
  };
}
