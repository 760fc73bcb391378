import { z } from 'astro/zod';
import registry from '../../seeds/registry.json';
import { SEED_IDS } from './case-schema';

/** One source document. The text lives in ../shared/seeds/<id>.txt; this is its registry entry. */
export const seedSchema = z
  .object({
    /** File name of the text in ../shared/seeds, without .txt. */
    id: z.enum(SEED_IDS),
    /** Title of the document; our description when titleIsDescriptive is true. */
    title: z.string().min(5),
    titleIsDescriptive: z.boolean(),
    publisher: z.string().min(2),
    /** CBS code of the gemeente that published it, if a gemeente did. */
    gemeente: z.string().regex(/^GM\d{4}$/).optional(),
    /** Year used for sorting; yearLabel is what users read (e.g. "ca. 2020"). */
    year: z.number().int().min(1990).max(2100),
    yearLabel: z.string().min(4),
    /** Original URL of the document itself, where known. */
    url: z.url().optional(),
    /** A related page the document points to (not the document itself). */
    relatedUrl: z.url().optional(),
    relatedUrlLabel: z.string().optional(),
    /** Short description in our own words. */
    description: z.string().min(40),
  })
  .strict();

export type Seed = z.infer<typeof seedSchema>;

export function parseSeedRegistry(input: unknown): Seed[] {
  const parsed = z.object({ $comment: z.string().optional(), seeds: z.array(seedSchema) }).strict().safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- seeds/registry.json: field ${i.path.join('.')}: ${i.message}`);
    throw new Error(`The source registry is invalid:\n${lines.join('\n')}`);
  }
  const ids = parsed.data.seeds.map((s) => s.id);
  const missing = SEED_IDS.filter((id) => !ids.includes(id));
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (missing.length || dup) {
    throw new Error(
      `seeds/registry.json: ${missing.length ? `missing entries for ${missing.join(', ')}` : ''}${dup ? ` duplicate entry ${dup}` : ''}. Fix: one entry per file in ../shared/seeds.`,
    );
  }
  return parsed.data.seeds;
}

export const SEEDS: readonly Seed[] = parseSeedRegistry(registry);

export function getSeed(id: string): Seed {
  const seed = SEEDS.find((s) => s.id === id);
  if (!seed) throw new Error(`Unknown seed id "${id}". Known: ${SEEDS.map((s) => s.id).join(', ')}`);
  return seed;
}
