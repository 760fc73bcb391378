/**
 * The filters of the case list: for each URL parameter its Dutch label and the values with labels,
 * in display order. Pure; used at build time to render the filter form and to validate URL state.
 */
import type { AllowedValues, FacetKey } from '../search/search-state';
import { SEEDS } from '../sources/seeds';
import { isSeedId } from '../sources/source-ids';
import { DOMAINS, INSTRUMENTS, THEMES } from './taxonomy';
import { WRR_TYPES } from '../typology/wrr-types';

export interface FacetValue {
  id: string;
  label: string;
}

export interface Facet {
  key: FacetKey;
  /** Legend of the filter group. */
  label: string;
  values: FacetValue[];
}

/** Short names for the source filter; the case page shows the full document title. */
const SEED_SHORT_LABELS: Readonly<Record<string, string>> = {
  '000_19043681f265d4a4': 'Maastricht, raadsbrief tolerantie (2017)',
  '001_68f2031519a2468a': 'VNG-portfolio De Nieuwe Verscheidenheid (ca. 2020)',
  '002_2a9157b830d9a835': 'Maastricht, Nieuwe Stadsgezichten (ca. 2023–2024)',
  '003_a5d51523264c3556': 'KIS-kennisatelier diversiteitsbeleid (2015)',
  '004_871ea42cfaa0445f': 'Maastricht, Beleidskader sociale basis (2025)',
};

/** Facet value for every stored web page: one filter option instead of one per page. */
export const WEB_FACET = 'web';

/** The source facet values of a case: its seed ids, plus WEB_FACET when it cites a web page. */
export function sourceFacetValues(sources: readonly { id: string }[]): string[] {
  return [...new Set(sources.map((s) => (isSeedId(s.id) ? s.id : WEB_FACET)))];
}

export function seedShortLabel(id: string): string {
  const seed = SEEDS.find((s) => s.id === id);
  return SEED_SHORT_LABELS[id] ?? (seed ? `${seed.title} (${seed.yearLabel})` : id);
}

export const FACETS: readonly Facet[] = [
  { key: 'type', label: 'WRR-type', values: WRR_TYPES.map((t) => ({ id: t.id, label: t.shortName })) },
  { key: 'thema', label: 'Thema', values: THEMES.map((t) => ({ id: t.id, label: t.label })) },
  { key: 'domein', label: 'Integratiedomein', values: DOMAINS.map((d) => ({ id: d.id, label: d.label })) },
  { key: 'instrument', label: 'Instrument', values: INSTRUMENTS.map((i) => ({ id: i.id, label: i.label })) },
  {
    key: 'bron',
    label: 'Bron',
    values: [
      ...SEEDS.map((s) => ({ id: s.id, label: seedShortLabel(s.id) })),
      { id: WEB_FACET, label: 'Webpagina’s (gemeenten, nieuws, kennisinstituten)' },
    ],
  },
];

function facet(key: FacetKey): Facet {
  const f = FACETS.find((x) => x.key === key);
  if (!f) throw new Error(`No facet "${key}"`);
  return f;
}

const ids = (key: FacetKey) => facet(key).values.map((v) => v.id);
const label = (key: FacetKey) => facet(key).label;

export const FACET_LABELS: Readonly<Record<FacetKey, string>> = {
  type: label('type'),
  thema: label('thema'),
  domein: label('domein'),
  instrument: label('instrument'),
  bron: label('bron'),
};

export const ALLOWED_VALUES: AllowedValues = {
  type: ids('type'),
  thema: ids('thema'),
  domein: ids('domein'),
  instrument: ids('instrument'),
  bron: ids('bron'),
};
