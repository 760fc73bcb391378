/**
 * Refresh data/ from CBS StatLine (table 84910NED, OData) and the PDOK boundaries (via cartomap/nl), then
 * regenerate data/SHA256SUMS. Needs internet access to those hosts; the build machines have none, so the
 * conversion is tested on recordings (tests/unit/refresh-data.test.ts). See data/README.md, "Refreshing".
 *
 *   npm run refresh:data [-- --out data --cbs-year 2022]
 *
 * Writes nothing unless every download passed its checks. Afterwards: review `git diff --stat data/`, run
 * `npm run prepare:data` (it names every gemeente it cannot place) and update the dates in data/README.md.
 */
import { resolve } from 'node:path';
import { refreshData } from './lib/refresh-data';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function get(url: string): Promise<string> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${res.statusText}`);
  return res.text();
}

const out = resolve(arg('out') ?? 'data');
try {
  const { files, notes } = await refreshData({
    get,
    out,
    cbsYear: Number(arg('cbs-year') ?? 2022),
    log: (l) => console.log(l),
  });
  for (const n of notes) console.log(`note: ${n}`);
  console.log(
    `Wrote ${files.length} files to ${out}. Next: git diff --stat, npm run prepare:data, update data/README.md.`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
