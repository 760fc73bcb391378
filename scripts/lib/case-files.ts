import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseFile } from '../../src/lib/cases/case-validation';

/**
 * Read the case files of a folder for validation. Everything that is not a case file is named as a
 * problem instead of being skipped: subfolders, hidden files, other extensions and text that is not UTF-8.
 */
export function readCaseFolder(dir: string): { files: CaseFile[]; problems: string[] } {
  const files: CaseFile[] = [];
  const problems: string[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      problems.push(
        `${path}: is a folder; cases live directly in ${dir} and are not read from subfolders. Fix: move its .md files up into ${dir} and remove the folder.`,
      );
    } else if (entry.name.startsWith('.')) {
      problems.push(
        `${path}: hidden file (name starts with a dot). Fix: rename it without the dot if it is a case, or remove it.`,
      );
    } else if (!entry.name.endsWith('.md')) {
      problems.push(`${path}: not a Markdown file. Fix: cases are .md files (lowercase extension); rename or move it.`);
    } else {
      const bytes = readFileSync(path);
      try {
        files.push({ path, text: utf8.decode(bytes) });
      } catch {
        problems.push(
          `${path}: is not UTF-8 text (it may be saved as Latin-1/Windows-1252). Fix: save the file as UTF-8 in your editor.`,
        );
      }
    }
  }
  return { files, problems };
}
