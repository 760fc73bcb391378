/**
 * /aanmelden/: the gemeenten the form offers (with other names that lead to one gemeente), the slugs
 * already in use, and the domain clusters. Pure.
 */
import type { GemeenteOption } from '../cases/case-form';
import { DOMAINS } from '../cases/taxonomy';
import type { GemeenteRecord } from '../data/gemeente-record';
import { aliasesOf } from '../search/gemeente-aliases';

export interface SubmitPageView {
  gemeenten: GemeenteOption[];
  /** The datalist after the 2025 names: other names that point to one gemeente (label: where it leads). */
  otherNames: { value: string; label: string }[];
  takenSlugs: string[];
  clusters: string[];
}

export function submitPageView(input: {
  gemeenten: readonly GemeenteRecord[];
  takenSlugs: readonly string[];
}): SubmitPageView {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  const currentNames = new Set(input.gemeenten.map((g) => g.name));
  const gemeenten: GemeenteOption[] = [...input.gemeenten].sort(byName).map((g) => ({
    code: g.code,
    name: g.name,
    aliases: aliasesOf(g.code),
    formerNames: g.predecessors2017.map((p) => p.name).filter((n) => !currentNames.has(n)),
  }));
  const count = (names: string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const aliasCount = count(gemeenten.flatMap((g) => [...(g.aliases ?? [])]));
  const formerCount = count(gemeenten.flatMap((g) => [...(g.formerNames ?? [])]));
  const otherNames = gemeenten
    .flatMap((g) => [
      ...(g.aliases ?? []).filter((a) => aliasCount.get(a) === 1).map((a) => ({ value: a, label: g.name })),
      ...(g.formerNames ?? [])
        .filter((f) => formerCount.get(f) === 1)
        .map((f) => ({ value: f, label: `nu ${g.name}` })),
    ])
    .sort((a, b) => a.value.localeCompare(b.value, 'nl'));
  return {
    gemeenten,
    otherNames,
    takenSlugs: [...input.takenSlugs].sort(),
    clusters: [...new Set(DOMAINS.map((d) => d.cluster))],
  };
}
