/**
 * Case rules that the browser needs too (the submission form): slug and body length, and the "did you
 * mean" of gemeente names. No parser or registry here, so client bundles stay small.
 */
import { closestNames, normalizeText } from '../site/text';
import type { GemeenteRef } from '../data/gemeente-record';

export type { GemeenteRef } from '../data/gemeente-record';

/** A case file name without .md: lowercase words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Minimum length of the Markdown body of a case (trimmed). */
export const MIN_BODY_LENGTH = 200;

/**
 * Candidates for an unknown gemeente code: codes one digit away (a typo in the code), then gemeenten
 * named in `context` (the historical name, or the case title), then names closest to the historical name.
 */
export function suggestGemeenten<T extends GemeenteRef>(
  code: string,
  context: string,
  gemeenten: readonly T[],
  limit = 3,
): T[] {
  const digitTypos = gemeenten.filter(
    (g) => g.code.length === code.length && [...g.code].filter((ch, i) => ch !== code[i]).length === 1,
  );
  const text = ` ${normalizeText(context).replace(/[^a-z0-9']+/g, ' ')} `;
  const mentioned = gemeenten.filter((g) =>
    text.includes(
      ` ${normalizeText(g.name)
        .replace(/[^a-z0-9']+/g, ' ')
        .trim()} `,
    ),
  );
  const near = nearestGemeenten(context, gemeenten, limit);
  const out: T[] = [];
  for (const g of [...digitTypos, ...mentioned, ...near]) if (!out.includes(g)) out.push(g);
  return out.slice(0, limit);
}

/**
 * The `limit` gemeenten whose names are closest to `query` (edit distance on normalised text): the
 * "Did you mean" of the gemeente code check, also used by the submission form (src/lib/cases/case-form.ts).
 */
export function nearestGemeenten<T extends GemeenteRef>(query: string, gemeenten: readonly T[], limit = 3): T[] {
  return closestNames(
    query,
    gemeenten.map((g) => g.name),
    limit,
  ).flatMap((name) => {
    const g = gemeenten.find((x) => x.name === name);
    return g ? [g] : [];
  });
}
