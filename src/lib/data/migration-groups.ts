/**
 * The 18 CBS migration-background groups (table 84910NED, 1 January 2022) as the shared data gives
 * them, with stable ids and Dutch labels. "Background" is CBS's *migratieachtergrond*: where a
 * person or their parents were born. It says nothing about identity or nationality.
 */
export const MIGRATION_GROUPS = [
  { id: 'dutch', column: 'Dutch', label: 'Nederlandse achtergrond', adjective: 'Nederlandse' },
  { id: 'afghan', column: 'Afghan', label: 'Afghaanse achtergrond', adjective: 'Afghaanse' },
  { id: 'belgian', column: 'Belgian', label: 'Belgische achtergrond', adjective: 'Belgische' },
  { id: 'british', column: 'British', label: 'Britse achtergrond', adjective: 'Britse' },
  { id: 'chinese', column: 'Chinese', label: 'Chinese achtergrond', adjective: 'Chinese' },
  {
    id: 'dutchCaribbean',
    column: 'Dutch Caribbean',
    label: 'Antilliaanse of Arubaanse achtergrond',
    adjective: 'Antilliaanse of Arubaanse',
  },
  { id: 'german', column: 'German', label: 'Duitse achtergrond', adjective: 'Duitse' },
  { id: 'indian', column: 'Indian', label: 'Indiase achtergrond', adjective: 'Indiase' },
  { id: 'indonesian', column: 'Indonesian', label: 'Indonesische achtergrond', adjective: 'Indonesische' },
  { id: 'iraqi', column: 'Iraqi', label: 'Iraakse achtergrond', adjective: 'Iraakse' },
  { id: 'italian', column: 'Italian', label: 'Italiaanse achtergrond', adjective: 'Italiaanse' },
  { id: 'moroccan', column: 'Moroccan', label: 'Marokkaanse achtergrond', adjective: 'Marokkaanse' },
  { id: 'polish', column: 'Polish', label: 'Poolse achtergrond', adjective: 'Poolse' },
  { id: 'spanish', column: 'Spanish', label: 'Spaanse achtergrond', adjective: 'Spaanse' },
  { id: 'surinamese', column: 'Surinamese', label: 'Surinaamse achtergrond', adjective: 'Surinaamse' },
  { id: 'syrian', column: 'Syrian', label: 'Syrische achtergrond', adjective: 'Syrische' },
  { id: 'turkish', column: 'Turkish', label: 'Turkse achtergrond', adjective: 'Turkse' },
  {
    id: 'other',
    column: 'Other migration background',
    label: 'Overige migratieachtergrond',
    adjective: 'overige',
  },
] as const;

export type GroupId = (typeof MIGRATION_GROUPS)[number]['id'];
/** One number per group: counts (persons) or shares (0–1 of the population). */
export type GroupValues = Record<GroupId, number>;

export const GROUP_IDS: readonly GroupId[] = MIGRATION_GROUPS.map((g) => g.id);


/** The CSV header the data preparation expects, in order. */
export const CBS_CSV_COLUMNS: readonly string[] = [
  'gemeentecode',
  'gemeentenaam',
  'inwoners',
  ...MIGRATION_GROUPS.map((g) => g.column),
];

export function groupLabel(id: GroupId): string {
  return MIGRATION_GROUPS.find((g) => g.id === id)!.label;
}

/** A record with every group set to `value`; avoids partial objects and casts. */
export function groupValues(f: (id: GroupId) => number): GroupValues {
  return {
    dutch: f('dutch'),
    afghan: f('afghan'),
    belgian: f('belgian'),
    british: f('british'),
    chinese: f('chinese'),
    dutchCaribbean: f('dutchCaribbean'),
    german: f('german'),
    indian: f('indian'),
    indonesian: f('indonesian'),
    iraqi: f('iraqi'),
    italian: f('italian'),
    moroccan: f('moroccan'),
    polish: f('polish'),
    spanish: f('spanish'),
    surinamese: f('surinamese'),
    syrian: f('syrian'),
    turkish: f('turkish'),
    other: f('other'),
  };
}
