/** The registry of the five seed documents (seeds/registry.json); kept apart from the web pages so client code can use it. */
import { z } from 'astro/zod';
import seedRegistry from '../../../seeds/registry.json';
import { SEED_IDS } from './source-ids';
import { registryError } from './registry-error';
import { GEMEENTE_CODE } from '../data/gemeente-code';

const httpUrl = z.url({ protocol: /^https?$/ });

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
    gemeente: z.string().regex(GEMEENTE_CODE).optional(),
    /** Year used for sorting; yearLabel is what users read (e.g. "ca. 2020"). */
    year: z.number().int().min(1990).max(2100),
    yearLabel: z.string().min(4),
    /** Original URL of the document itself, where known. */
    url: httpUrl.optional(),
    /** A related page the document points to (not the document itself). */
    relatedUrl: httpUrl.optional(),
    relatedUrlLabel: z.string().optional(),
    /** Short description in our own words. */
    description: z.string().min(40),
  })
  .strict();

export type Seed = z.infer<typeof seedSchema>;

export function parseSeedRegistry(input: unknown): Seed[] {
  const parsed = z
    .object({ $comment: z.string().optional(), seeds: z.array(seedSchema) })
    .strict()
    .safeParse(input);
  if (!parsed.success) throw registryError('seeds/registry.json', parsed.error.issues);
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

export const SEEDS: readonly Seed[] = parseSeedRegistry(seedRegistry);
