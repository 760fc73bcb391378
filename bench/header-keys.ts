/**
 * Header-search keystrokes (a report, not a test): for every gemeente, the fewest keys from the empty
 * header search box to its page — a prefix of its name and Enter, or a prefix, arrow keys and Enter —
 * with the built site's /zoek-gemeenten.json (so the case words of the real content count).
 *
 * Run after a build: npm run bench:header-keys   (writes bench/results/header-keys.json)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fromData, headerOptions, type HeaderSearchData } from '../src/lib/search/header-search';
import { normalizeText } from '../src/lib/site/text';

const dist = process.env.DIST_DIR ?? 'dist';
const data = JSON.parse(readFileSync(`${dist}/zoek-gemeenten.json`, 'utf8')) as HeaderSearchData;
const search = fromData(data);

function fewestKeys(slug: string, name: string): { enter: number; arrows: number } {
  const typed = normalizeText(name);
  let enter = Infinity;
  let arrows = Infinity;
  for (let length = 1; length <= typed.length; length++) {
    const o = headerOptions(typed.slice(0, length), search);
    const at = o.gemeenten.findIndex((g) => g.code === slug);
    if (o.autoPick !== null && o.gemeenten[o.autoPick]?.code === slug) enter = Math.min(enter, length + 1);
    // ArrowDown from the input goes to the first option (or the next one when the first is picked).
    if (at >= 0) arrows = Math.min(arrows, length + (o.autoPick === 0 ? at : at + 1) + 1);
  }
  return { enter, arrows: Math.min(enter, arrows) };
}

const rows = data.gemeenten.map(([name, slug]) => ({ name, ...fewestKeys(slug, name) }));
const histogram = (key: 'enter' | 'arrows') =>
  Object.fromEntries(
    [...new Set(rows.map((r) => r[key]))]
      .sort((a, b) => a - b)
      .map((k) => [String(k), rows.filter((r) => r[key] === k).length]),
  );
const median = (key: 'enter' | 'arrows') => [...rows.map((r) => r[key])].sort((a, b) => a - b)[rows.length >> 1];
const report = {
  gemeenten: rows.length,
  caseWords: data.caseWords.length,
  prefixAndEnter: { median: median('enter'), histogram: histogram('enter') },
  withArrowKeys: { median: median('arrows'), histogram: histogram('arrows') },
  examples: Object.fromEntries(
    ['Amsterdam', 'Utrecht', 'Zaltbommel', 'Westland', 'Ede', 'Súdwest-Fryslân', 'Wijk bij Duurstede'].map((n) => [
      n,
      rows.find((r) => r.name === n),
    ]),
  ),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/header-keys.json', JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 2));
