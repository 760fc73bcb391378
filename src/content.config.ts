import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './lib/cases/case-schema';
import { typeContentSchema } from './lib/typology/type-content-schema';

// Cross-file checks (gemeente codes exist, unique slugs, body present) run in
// scripts/validate-content.ts before every build; see docs/content-guide.md.
// CASES_DIR lets the build-time benchmark (bench/build-time.ts) build a synthetic corpus.
const casesDir = process.env.CASES_DIR ?? './content/praktijkvoorbeelden';

const praktijkvoorbeelden = defineCollection({
  loader: glob({ pattern: '*.md', base: casesDir }),
  schema: caseSchema,
});

const typen = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/typen' }),
  schema: typeContentSchema,
});

export const collections = { praktijkvoorbeelden, typen };
