/** Lowercase and strip diacritics, so "Súdwest-Fryslân" and "sudwest-fryslan" compare equal. */
export function normalizeText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .trim();
}

/** URL slug from a Dutch name: "'s-Hertogenbosch" → "s-hertogenbosch", "Bergen (NH.)" → "bergen-nh". */
export function slugify(value: string): string {
  return normalizeText(value)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The `limit` names closest to `query` by edit distance on normalised text. */
export function closestNames(query: string, names: readonly string[], limit: number): string[] {
  const q = normalizeText(query);
  return names
    .map((name) => ({ name, d: levenshtein(q, normalizeText(name)) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'nl'))
    .slice(0, limit)
    .map((x) => x.name);
}
