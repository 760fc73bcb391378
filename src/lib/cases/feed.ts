/**
 * Items of the feed /rss.xml: every practice case, newest `added` first (then by title), with the
 * title, the case page, the summary and the date it was added. Pure; src/pages/rss.xml.ts renders it
 * with @astrojs/rss.
 */
import type { EnrichedCase } from './case-join';
import { THEMES, labelOf } from './taxonomy';

export interface FeedItem {
  title: string;
  /** Site-relative link to the case page. */
  link: string;
  description: string;
  /** The `added` date, midnight UTC. */
  pubDate: Date;
  /** Theme labels. */
  categories: string[];
}

export const FEED_TITLE = 'Nieuwe praktijkvoorbeelden – Praktijkatlas Nieuwe Verscheidenheid';
export const FEED_DESCRIPTION =
  'Praktijkvoorbeelden van gemeenten over de nieuwe verscheidenheid, in de volgorde waarin ze aan de atlas zijn toegevoegd.';

export function feedItems(cases: readonly EnrichedCase[]): FeedItem[] {
  return [...cases]
    .sort((a, b) =>
      a.data.added < b.data.added
        ? 1
        : a.data.added > b.data.added
          ? -1
          : a.data.title.localeCompare(b.data.title, 'nl'),
    )
    .map((c) => ({
      title: c.data.title,
      link: c.url,
      description: c.data.summary,
      pubDate: new Date(`${c.data.added}T00:00:00Z`),
      categories: c.data.themes.map((t) => labelOf(THEMES, t)),
    }));
}
