export interface SiteConfig {
  siteUrl: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
  organisation: string;
  repositoryUrl: string | null;
}
export function readSiteConfig(env: Record<string, string | undefined>): { config: SiteConfig; notices: string[] };
