/** The validated site configuration for pages (see ./site-config-env.mjs for the variables and rules). */
import { readSiteConfig, type SiteConfig } from './site-config-env.mjs';

export type { SiteConfig };

export const SITE_CONFIG: SiteConfig = readSiteConfig(process.env).config;

/** Absolute URL of a site path when SITE_URL is set; otherwise the path itself (site-relative). */
export function publicUrl(path: string, config: SiteConfig = SITE_CONFIG): string {
  return config.siteUrl ? new URL(path, config.siteUrl).href : path;
}

/** How to reach the team, for pages: a mailto link, a form link, or null when none is configured. */
export function contactLink(config: SiteConfig = SITE_CONFIG): { href: string; label: string } | null {
  if (config.contactEmail) return { href: `mailto:${config.contactEmail}`, label: config.contactEmail };
  if (config.contactUrl) return { href: config.contactUrl, label: 'het contactformulier' };
  return null;
}
