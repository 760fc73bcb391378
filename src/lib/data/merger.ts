/**
 * What the site says about a gemeente formed by a herindeling since 2017: its predecessors, when
 * (as far as the boundary files of 2017 and 2018 and the CBS division of 2022 can tell) and which
 * figures were summed. Pure; never invents a date: a period is given when the exact year is unknown.
 */
import type { GemeenteRef } from './gemeente-record';

export interface Merger {
  /** 2017 gemeenten whose area lies (partly) in this gemeente. */
  predecessors: GemeenteRef[];
  /** When, in Dutch: "op 1 januari 2018", "tussen 2019 en 2022" or "na 1 januari 2022". */
  when: string;
  /** The 2022 CBS rows summed into this gemeente's figures (empty when CBS already counted the new gemeente). */
  summedRows: GemeenteRef[];
}

export function mergerOf(input: {
  code: string;
  predecessors2017: readonly GemeenteRef[];
  /** 2018 gemeenten whose area lies (partly) in this gemeente. */
  predecessors2018: readonly string[];
  cbsRows2022: readonly GemeenteRef[];
}): Merger | null {
  const { code, predecessors2017, predecessors2018, cbsRows2022 } = input;
  if (predecessors2017.length <= 1 && (predecessors2017[0]?.code ?? code) === code) return null;
  const summed = cbsRows2022.length > 1;
  const when = summed
    ? 'na 1 januari 2022'
    : predecessors2018.length === 1 && predecessors2018[0] === code
      ? 'op 1 januari 2018'
      : 'tussen 2019 en 2022';
  return {
    predecessors: predecessors2017.map((p) => ({ code: p.code, name: p.name })),
    when,
    summedRows: summed ? cbsRows2022.map((r) => ({ code: r.code, name: r.name })) : [],
  };
}
