import { STOP_WORDS } from '../../src/lib/search/search-text';

/** The crafted search link of issue 12: 167 distinct two-letter words that are no stop words, 500 characters. */
export function craftedLongQuery(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return [...letters]
    .flatMap((a) => [...letters].map((b) => `${b}${a}`))
    .filter((w) => !STOP_WORDS.has(w))
    .slice(0, 167)
    .join(' ');
}
