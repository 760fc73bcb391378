/**
 * The shortlist in the browser: localStorage behind try/catch (private mode, disabled storage and
 * full quotas throw), with every read cleaned by src/lib/shortlist/shortlist.ts. Changes are announced with a
 * `shortlist-change` event on window, also when another tab changes the list or the page comes back
 * from the back/forward cache, so every button and counter on the page stays in step.
 */
import {
  STORAGE_KEY,
  countKnown,
  parseStored,
  resolveIds,
  serializeStored,
  toggleId,
} from '../lib/shortlist/shortlist';

export const CHANGE_EVENT = 'shortlist-change';

/** False when the browser refuses storage; the selection then lives only as long as the page. */
let available = true;
/** Fallback copy for when storage fails, so the buttons still work on this page. */
let memory: string[] = [];

export function readShortlist(): string[] {
  try {
    memory = parseStored(window.localStorage.getItem(STORAGE_KEY));
    available = true;
  } catch {
    available = false;
  }
  return [...memory];
}

export function writeShortlist(ids: readonly string[]): void {
  memory = parseStored(serializeStored(ids));
  try {
    window.localStorage.setItem(STORAGE_KEY, serializeStored(memory));
    available = true;
  } catch {
    available = false;
  }
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
}

export function setInShortlist(slug: string, on: boolean): void {
  writeShortlist(toggleId(readShortlist(), slug, on));
}

/**
 * Forget stored ids that are not cases (renamed or removed since they were saved, or a hand-edited
 * value). Returns the ids it dropped; writes only when there are any.
 */
export function pruneShortlist(known: ReadonlySet<string>): string[] {
  const { found, unknown } = resolveIds(readShortlist(), known);
  if (unknown.length) writeShortlist(found);
  return unknown;
}

/** How many stored ids are cases. */
export function countShortlist(known: ReadonlySet<string>): number {
  return countKnown(readShortlist(), known);
}

/** Whether the last read or write reached localStorage. */
export function storageAvailable(): boolean {
  return available;
}

/** Call `fn` on every change, from this page, another tab or a back/forward navigation. */
export function onShortlistChange(fn: () => void): void {
  window.addEventListener(CHANGE_EVENT, fn);
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY || e.key === null) fn();
  });
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) fn();
  });
}
