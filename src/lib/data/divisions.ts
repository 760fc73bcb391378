/**
 * Succession between municipal divisions (herindelingen), derived from the boundary geometries
 * rather than from a hand-made list.
 *
 * Rule (documented in docs/adr/0003-derived-typology.md):
 * - An old gemeente whose CBS code still exists in the new division continues as that gemeente.
 *   CBS never reuses a code, and a gemeente that absorbs another keeps its own code. Small boundary
 *   corrections and the sliver noise between two independent generalisations are ignored.
 * - An old gemeente whose code no longer exists was dissolved: its successors are every new gemeente
 *   holding at least MIN_SUCCESSOR_FRACTION of its area. A split therefore lists every successor.
 */
import { overlapFractions, type Region } from './geo';

/**
 * Smallest share of a dissolved gemeente's area that makes a new gemeente its successor. Real split
 * parts are larger (smallest seen: Haaren → Boxtel, 9 %); sliver noise between the generalised 2017
 * and 2025 boundaries stays below 4 % for dissolved gemeenten.
 */
export const MIN_SUCCESSOR_FRACTION = 0.05;

/** A dissolved gemeente whose area lies for at least this share in one successor merged as a whole. */
export const WHOLE_MERGE_FRACTION = 0.9;

export interface Successor {
  code: string;
  /** Share of the old gemeente's area inside this successor (0–1). */
  fraction: number;
}

/** Successors in `current` of every region in `old`, by the rule above. Empty list: none found. */
export function successorsByGeometry(
  old: readonly Region[],
  current: readonly Region[],
  cells = 40,
): Map<string, Successor[]> {
  const currentCodes = new Set(current.map((r) => r.code));
  const overlaps = overlapFractions(old, current, cells);
  const result = new Map<string, Successor[]>();
  for (const region of old) {
    const list = overlaps.get(region.code) ?? [];
    if (currentCodes.has(region.code)) {
      const same = list.find((s) => s.code === region.code);
      result.set(region.code, [{ code: region.code, fraction: same?.fraction ?? 0 }]);
    } else {
      result.set(
        region.code,
        list.filter((s) => s.fraction >= MIN_SUCCESSOR_FRACTION),
      );
    }
  }
  return result;
}

/** Invert successions: for each new code, the old codes that lead to it, in old-code order. */
export function predecessorsOf(successors: ReadonlyMap<string, readonly Successor[]>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [oldCode, list] of [...successors.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (const s of list) {
      const preds = result.get(s.code) ?? [];
      preds.push(oldCode);
      result.set(s.code, preds);
    }
  }
  return result;
}
