/** A CBS gemeente code: "GM" and four digits (e.g. GM0599 Rotterdam). The join key everywhere; defined once. */
export const GEMEENTE_CODE = /^GM\d{4}$/;

/** Every gemeente code in a text ("GM0197 Aalten; GM0983 Venlo" → ["GM0197", "GM0983"]). */
export function gemeenteCodesIn(text: string): string[] {
  return [...text.matchAll(/GM\d{4}/g)].map((m) => m[0]);
}
