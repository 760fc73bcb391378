import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEnrichedCases } from '../adapters/cases';
import { FEED_DESCRIPTION, FEED_TITLE, feedItems } from '../lib/cases/feed';
import { SITE_CONFIG } from '../lib/site/site-config';

/**
 * /rss.xml: RSS 2.0 feed of the practice cases, newest added first. A feed needs absolute links, so it is
 * only built when SITE_URL is set (the build prints a notice otherwise; see src/lib/site/site-config-env.mjs).
 */
export const getStaticPaths = (() =>
  SITE_CONFIG.siteUrl ? [{ params: { feed: 'rss' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: site!,
    items: feedItems(await getEnrichedCases()),
    customData: '<language>nl-nl</language>',
    trailingSlash: true,
  });
