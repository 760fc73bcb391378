/** The fixture case set (tests/fixtures/content) is valid content and documented file by file. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCaseFiles } from '../../src/lib/cases/case-validation';
import { readCaseFolder } from '../../scripts/lib/case-files';
import { loadGemeenten2025 } from '../../scripts/lib/shared-data';
import { FIXTURE_CASES_DIR } from '../helpers/case-sets';

describe('fixture content', () => {
  const { files, problems: folderProblems } = readCaseFolder(FIXTURE_CASES_DIR);

  it('passes the validator of npm run validate:content', () => {
    expect(folderProblems).toEqual([]);
    const { cases, problems } = validateCaseFiles(files, loadGemeenten2025());
    expect(problems).toEqual([]);
    expect(cases).toHaveLength(files.length);
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it('is invented, says so, and every file is listed in its README', () => {
    const readme = readFileSync('tests/fixtures/content/README.md', 'utf8');
    for (const f of readdirSync(FIXTURE_CASES_DIR)) {
      expect(readme, f).toContain(`\`${f}\``);
      const text = readFileSync(`${FIXTURE_CASES_DIR}/${f}`, 'utf8');
      expect(text, f).toMatch(/^title: "Testgemeenten? /m);
      expect(text, f).toMatch(/Verzonnen tekst voor de tests\./);
    }
  });
});
