// @ts-check
/**
 * Site configuration in one place, read from the environment at build time and validated (used by
 * astro.config.mjs and by pages through src/lib/site/site-config.ts):
 *   SITE_URL            public origin, e.g. https://praktijkatlas.example (absolute links: canonical, sitemap, feed)
 *   SITE_CONTACT_EMAIL  e-mail address for questions, accessibility reports and new cases
 *   SITE_CONTACT_URL    or a contact form URL (https)
 *   SITE_ORGANISATION   who runs the site (default: the project name's team)
 *   SITE_REPOSITORY_URL public repository of the code and content (https), optional
 * A production build (SITE_URL set) without a contact fails: a Dutch government site must name one.
 * Plain .mjs so the Astro config can import it without a TypeScript loader.
 */

/** @typedef {{ siteUrl: string | null, contactEmail: string | null, contactUrl: string | null, organisation: string, repositoryUrl: string | null }} SiteConfig */

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;

/** @param {string} name @param {string} value */
function httpsUrl(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}="${value}" is not a URL. Fix: give a full address such as https://example.org.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(url.hostname))) {
    throw new Error(`${name}="${value}" must use https:// (http:// only for localhost). Fix: give the https address.`);
  }
  return url;
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ config: SiteConfig, notices: string[] }}
 */
export function readSiteConfig(env) {
  const notices = [];
  const blank = (/** @type {string | undefined} */ v) => (v === undefined || v.trim() === '' ? null : v.trim());
  const site = blank(env.SITE_URL);
  const siteUrl = site ? httpsUrl('SITE_URL', site).origin : null;
  const contactEmail = blank(env.SITE_CONTACT_EMAIL);
  if (contactEmail && !EMAIL.test(contactEmail)) {
    throw new Error(
      `SITE_CONTACT_EMAIL="${contactEmail}" is not an e-mail address. Fix: give an address such as atlas@example.org.`,
    );
  }
  const contact = blank(env.SITE_CONTACT_URL);
  const contactUrl = contact ? httpsUrl('SITE_CONTACT_URL', contact).href : null;
  const repo = blank(env.SITE_REPOSITORY_URL);
  const repositoryUrl = repo ? httpsUrl('SITE_REPOSITORY_URL', repo).href : null;
  const organisation = blank(env.SITE_ORGANISATION) ?? 'het team van de Praktijkatlas Nieuwe Verscheidenheid';
  if (siteUrl && !contactEmail && !contactUrl) {
    throw new Error(
      'SITE_URL is set (a production build) but no contact is configured. Fix: set SITE_CONTACT_EMAIL (or SITE_CONTACT_URL); the accessibility statement, /over/ and /aanmelden/ name it.',
    );
  }
  if (!siteUrl)
    notices.push(
      'SITE_URL is not set: canonical links, the sitemap and absolute feed links are left out and the open data uses site-relative URLs. Set SITE_URL for a public build.',
    );
  if (!contactEmail && !contactUrl)
    notices.push(
      'No contact configured (SITE_CONTACT_EMAIL or SITE_CONTACT_URL): pages say that no contact address is set.',
    );
  return { config: { siteUrl, contactEmail, contactUrl, organisation, repositoryUrl }, notices };
}
