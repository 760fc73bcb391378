/**
 * How sure a gemeente's type is, in plain Dutch: the same words on the map, in the tooltip and panel,
 * on the gemeente page, in the A–Z list, on the type pages and in the open data.
 */
import { formatShare } from '../site/format';
import type { Certainty } from './stability';
import { getWrrType, type WrrTypeId } from './wrr-types';

export interface CertaintyFacts {
  certainty: Certainty;
  stability: number;
  alternativeType: WrrTypeId | null;
  /** Fits no type well (derived gemeenten only). */
  fitsNoType: boolean;
}

/** "zeker", "waarschijnlijk", "onzeker — ook mogelijk: gemiddelde gemeente", "onzeker — past bij geen type goed". */
export function certaintyLabel(f: CertaintyFacts): string {
  if (f.certainty !== 'onzeker') return f.certainty;
  const parts = [];
  if (f.fitsNoType) parts.push('past bij geen type goed');
  if (f.alternativeType) parts.push(`ook mogelijk: ${getWrrType(f.alternativeType).name.toLowerCase()}`);
  return parts.length ? `onzeker — ${parts.join('; ')}` : 'onzeker';
}

/** One sentence for pages: the label plus the share of threshold variants that keep the type. */
export function certaintySentence(f: CertaintyFacts): string {
  const kept = `In ${formatShare(f.stability, 0)} van de varianten met andere drempels blijft het type hetzelfde`;
  const alt =
    f.alternativeType && f.stability < 1
      ? `; anders wordt het meestal ${getWrrType(f.alternativeType).name.toLowerCase()}`
      : '';
  return `Zekerheid: ${certaintyLabel(f)}. ${kept}${alt}.`;
}
