/**
 * The slugs of all cases, for pages that must check stored selection ids without the cases' data
 * (the header's "Mijn selectie (n)"). A few kilobytes in the shared script, cached across pages.
 */
import { CASE_SLUGS } from '../generated/case-slugs';

export const KNOWN_CASES: ReadonlySet<string> = new Set(CASE_SLUGS);
