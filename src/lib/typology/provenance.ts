/** Where a gemeente's type comes from, as the site says it (lower case, used inside sentences and lists). */
export const PROVENANCE_LABEL = {
  named: 'genoemd in bron',
  derived: 'afgeleid uit CBS-cijfers 2022',
} as const satisfies Record<'named' | 'derived', string>;

export type Provenance = keyof typeof PROVENANCE_LABEL;

/** The label at the start of a cell or sentence ("Genoemd in bron"). */
export function provenanceLabelCapitalised(provenance: Provenance): string {
  const label = PROVENANCE_LABEL[provenance];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
