/**
 * The nine municipality types of the WRR study "De nieuwe verscheidenheid" (2018).
 * The ids are stable: they appear in URLs, open data and content files.
 */
export const WRR_TYPE_IDS = [
  'meerderheid-minderheden',
  'voorstad',
  'grootstedelijk',
  'specifieke-minderheidsgroep',
  'expat',
  'tuinbouw',
  'grens',
  'homogeen',
  'gemiddeld',
] as const;

export type WrrTypeId = (typeof WRR_TYPE_IDS)[number];

export interface WrrType {
  id: WrrTypeId;
  /** Full Dutch name, as used in headings. */
  name: string;
  /** Short Dutch name for badges, legends and table cells. */
  shortName: string;
  /** One line in our own words: what marks this type. */
  oneLiner: string;
}

export const WRR_TYPES: readonly WrrType[] = [
  {
    id: 'meerderheid-minderheden',
    name: 'Meerderheid-minderhedenstad',
    shortName: 'Meerderheid-minderheden',
    oneLiner:
      'De drie grootste steden: de meerderheid van de inwoners heeft een migratieachtergrond en er wonen mensen uit zeer veel herkomstlanden.',
  },
  {
    id: 'voorstad',
    name: 'Voorstad',
    shortName: 'Voorstad',
    oneLiner:
      'Gemeente rond een van de drie grootste steden: zeer divers, maar de meerderheid heeft nog een Nederlandse achtergrond; de diversiteit groeit er snel.',
  },
  {
    id: 'grootstedelijk',
    name: 'Grootstedelijke provinciegemeente',
    shortName: 'Grootstedelijk',
    oneLiner:
      'Grote stad buiten de drie grootste, met veel herkomstgroepen maar een duidelijk groter aandeel inwoners met een Nederlandse achtergrond.',
  },
  {
    id: 'specifieke-minderheidsgroep',
    name: 'Middelgrote gemeente met één specifieke grote minderheidsgroep',
    shortName: 'Specifieke minderheidsgroep',
    oneLiner:
      'Middelgrote gemeente met één grote niet-Europese minderheidsgroep, vaak door werving van gastarbeiders of vestiging van Antillianen.',
  },
  {
    id: 'expat',
    name: 'Expatgemeente',
    shortName: 'Expat',
    oneLiner:
      'Gemeente met veel kennismigranten uit allerlei landen en relatief weinig inwoners met een Turkse, Marokkaanse, Surinaamse of Antilliaanse achtergrond.',
  },
  {
    id: 'tuinbouw',
    name: 'Tuinbouwgemeente',
    shortName: 'Tuinbouw',
    oneLiner:
      'Gemeente met veel (glas)tuinbouw, waar relatief veel inwoners een Poolse of Bulgaarse achtergrond hebben.',
  },
  {
    id: 'grens',
    name: 'Grensgemeente',
    shortName: 'Grens',
    oneLiner: 'Gemeente aan de grens met veel inwoners met een Duitse of Belgische achtergrond.',
  },
  {
    id: 'homogeen',
    name: 'Homogene gemeente',
    shortName: 'Homogeen',
    oneLiner: 'Gemeente waar meer dan 90 procent van de inwoners een Nederlandse achtergrond heeft.',
  },
  {
    id: 'gemiddeld',
    name: 'Gemiddelde gemeente',
    shortName: 'Gemiddeld',
    oneLiner:
      'Gemeente waarvan de verscheidenheid naar herkomst rond het Nederlandse gemiddelde ligt, zonder één opvallend kenmerk.',
  },
];

const BY_ID = new Map(WRR_TYPES.map((t) => [t.id, t]));

export function isWrrTypeId(value: string): value is WrrTypeId {
  return BY_ID.has(value as WrrTypeId);
}

export function getWrrType(id: WrrTypeId): WrrType {
  const type = BY_ID.get(id);
  if (!type) throw new Error(`Unknown WRR type id "${id}". Known ids: ${WRR_TYPE_IDS.join(', ')}`);
  return type;
}
