import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/cases/feed';
import type { EnrichedCase } from '../../src/lib/cases/case-join';
import { readdirSync } from 'node:fs';
import { FIXTURE_CASES_DIR, loadFixtureCases } from '../helpers/case-sets';

const fake = (slug: string, title: string, added: string): EnrichedCase =>
  ({
    slug,
    url: `/praktijkvoorbeelden/${slug}/`,
    data: {
      title,
      added,
      summary: `Samenvatting van ${title}, lang genoeg voor een kaartje.`,
      themes: ['data-en-monitoring'],
    },
  }) as unknown as EnrichedCase;

describe('feedItems', () => {
  it('newest added first, then by title; title, link, summary, date and themes', () => {
    const items = feedItems([
      fake('b', 'Beta', '2026-01-01'),
      fake('c', 'Charlie', '2026-03-01'),
      fake('a', 'Alfa', '2026-01-01'),
    ]);
    expect(items.map((i) => i.link)).toEqual([
      '/praktijkvoorbeelden/c/',
      '/praktijkvoorbeelden/a/',
      '/praktijkvoorbeelden/b/',
    ]);
    expect(items[0]).toEqual({
      title: 'Charlie',
      link: '/praktijkvoorbeelden/c/',
      description: 'Samenvatting van Charlie, lang genoeg voor een kaartje.',
      pubDate: new Date('2026-03-01T00:00:00Z'),
      categories: ['Data en monitoring'],
    });
  });

  it('has one item per case of the fixture set, each with its own link', async () => {
    const cases = await loadFixtureCases();
    const items = feedItems(cases);
    expect(items).toHaveLength(readdirSync(FIXTURE_CASES_DIR).filter((f) => f.endsWith('.md')).length);
    expect(new Set(items.map((i) => i.link))).toEqual(new Set(cases.map((c) => c.url)));
  });
});
