/** Seed ids: the file names (without .txt) of the five source documents in ../shared/seeds. */
export const SEED_IDS = [
  '000_19043681f265d4a4',
  '001_68f2031519a2468a',
  '002_2a9157b830d9a835',
  '003_a5d51523264c3556',
  '004_871ea42cfaa0445f',
] as const;
export type SeedId = (typeof SEED_IDS)[number];

export function isSeedId(id: string): id is SeedId {
  return (SEED_IDS as readonly string[]).includes(id);
}

/** Web page ids: file names in ../shared/sources without .txt. */
export const WEB_SOURCE_ID = /^web-[a-z0-9]+(?:-[a-z0-9]+)*$/;
