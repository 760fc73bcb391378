import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEnrichedCases } from '../lib/cases';
import { FEED_DESCRIPTION, FEED_TITLE, feedItems } from '../lib/feed';

/** RSS 2.0 feed of the practice cases, newest added first (linked from every page's <head>). */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: site ?? 'http://localhost:4321',
    items: feedItems(await getEnrichedCases()),
    customData: '<language>nl-nl</language>',
    trailingSlash: true,
  });
