/**
 * The open data in data/ is what data/README.md says it is: every file listed in data/SHA256SUMS exists and
 * has that checksum, and every data file is listed. A changed or missing file fails here, not in the build.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'data';
const sums = readFileSync(join(DIR, 'SHA256SUMS'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [hash, file] = line.split(/\s+\*?/);
    return { hash: hash!, file: file! };
  });

describe('data/ checksums', () => {
  it.each(sums.map((s) => [s.file, s.hash]))('%s has the recorded SHA-256', (file, hash) => {
    expect(
      createHash('sha256')
        .update(readFileSync(join(DIR, file)))
        .digest('hex'),
    ).toBe(hash);
  });

  it('lists every data file', () => {
    const files = ['geo', 'cbs'].flatMap((d) => readdirSync(join(DIR, d)).map((f) => `${d}/${f}`)).sort();
    expect(sums.map((s) => s.file).sort()).toEqual(files);
  });

  it('the README names every file with its licence', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const { file } of sums) expect(readme).toContain(`\`${file}\``);
    expect(readme).toContain('CC BY 4.0');
  });
});
