/** Dutch number formatting, pinned to nl-NL so output never depends on the machine's locale. */
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** 17590672 → "17.590.672" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 0.0412 → "4,1%" (digits after the comma, default 1). */
export function formatShare(share: number, digits = 1): string {
  return `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share * 100)}%`;
}

/** 0.4567 → "0,46" */
export function formatDecimal(value: number, digits = 2): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** "1 praktijkvoorbeeld" / "3 praktijkvoorbeelden" */
export function countLabel(n: number, singular: string, plural: string): string {
  return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}

/** Month names as Dutch dates write them, January first. */
export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
