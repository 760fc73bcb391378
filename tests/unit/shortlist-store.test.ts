/**
 * The browser side of "Mijn selectie" (src/components/shortlist-store.ts) against a minimal window
 * with localStorage: the header count ignores ids that are not cases, and pruning forgets them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, serializeStored } from '../../src/lib/shortlist/shortlist';

class MemoryStorage {
  data = new Map<string, string>();
  writes = 0;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes++;
    this.data.set(key, value);
  }
}

let storage: MemoryStorage;
let changes: number;

beforeEach(() => {
  storage = new MemoryStorage();
  changes = 0;
  const win = Object.assign(new EventTarget(), { localStorage: storage });
  win.addEventListener('shortlist-change', () => changes++);
  vi.stubGlobal('window', win);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const store = () => import('../../src/components/shortlist-store');
const KNOWN = new Set(['tiel-huisvesting', 'westland-kassen']);

describe('shortlist store', () => {
  it('counts only ids that are cases', async () => {
    const { countShortlist } = await store();
    storage.setItem(STORAGE_KEY, serializeStored(['tiel-huisvesting', 'hernoemd-voorbeeld', 'westland-kassen', 'weg']));
    expect(countShortlist(KNOWN)).toBe(2);
    expect(countShortlist(new Set())).toBe(0);
  });

  it('pruning forgets ids that are not cases, keeps the order, and announces the change', async () => {
    const { pruneShortlist, readShortlist } = await store();
    storage.setItem(STORAGE_KEY, serializeStored(['westland-kassen', 'hernoemd-voorbeeld', 'tiel-huisvesting']));
    expect(pruneShortlist(KNOWN)).toEqual(['hernoemd-voorbeeld']);
    expect(readShortlist()).toEqual(['westland-kassen', 'tiel-huisvesting']);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({ v: 1, ids: ['westland-kassen', 'tiel-huisvesting'] });
    expect(changes).toBe(1);
  });

  it('pruning a clean selection writes nothing', async () => {
    const { pruneShortlist } = await store();
    storage.setItem(STORAGE_KEY, serializeStored(['tiel-huisvesting']));
    const before = storage.writes;
    expect(pruneShortlist(KNOWN)).toEqual([]);
    expect(storage.writes).toBe(before);
    expect(changes).toBe(0);
  });

  it('a hand-edited value with invalid entries counts and keeps only cases', async () => {
    const { countShortlist, pruneShortlist, readShortlist } = await store();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ v: 1, ids: ['<img src=x>', 'tiel-huisvesting', 42, 'Westland-Kassen'] }),
    );
    expect(countShortlist(KNOWN)).toBe(2);
    pruneShortlist(KNOWN);
    expect(readShortlist()).toEqual(['tiel-huisvesting', 'westland-kassen']);
  });
});
