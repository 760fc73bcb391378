import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/lib/site/site-config-env.mjs';
import { contactLink, publicUrl } from '../../src/lib/site/site-config';

describe('site configuration', () => {
  it('without SITE_URL: no absolute URLs, with notices', () => {
    const { config, notices } = readSiteConfig({});
    expect(config.siteUrl).toBeNull();
    expect(publicUrl('/praktijkvoorbeelden/x/', config)).toBe('/praktijkvoorbeelden/x/');
    expect(notices.join(' ')).toContain('SITE_URL is not set');
    expect(contactLink(config)).toBeNull();
  });

  it('a production build needs a contact', () => {
    expect(() => readSiteConfig({ SITE_URL: 'https://atlas.example' })).toThrow(
      /no contact is configured. Fix: set SITE_CONTACT_EMAIL/,
    );
    const { config, notices } = readSiteConfig({
      SITE_URL: 'https://atlas.example/pad',
      SITE_CONTACT_EMAIL: 'atlas@example.org',
    });
    expect(config.siteUrl).toBe('https://atlas.example');
    expect(notices).toEqual([]);
    expect(publicUrl('/over/', config)).toBe('https://atlas.example/over/');
    expect(contactLink(config)).toEqual({ href: 'mailto:atlas@example.org', label: 'atlas@example.org' });
  });

  it.each([
    [{ SITE_URL: 'ftp://x.example', SITE_CONTACT_EMAIL: 'a@b.nl' }, /SITE_URL="ftp:\/\/x.example" must use https/],
    [{ SITE_URL: 'http://atlas.example', SITE_CONTACT_EMAIL: 'a@b.nl' }, /must use https/],
    [{ SITE_URL: 'geen url' }, /is not a URL/],
    [{ SITE_CONTACT_EMAIL: 'geen-adres' }, /SITE_CONTACT_EMAIL="geen-adres" is not an e-mail address/],
    [{ SITE_CONTACT_URL: 'javascript:alert(1)' }, /must use https/],
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => readSiteConfig(env)).toThrow(message);
  });

  it('http is fine for localhost previews; a contact form URL also counts as contact', () => {
    expect(
      readSiteConfig({ SITE_URL: 'http://localhost:4321', SITE_CONTACT_URL: 'https://example.org/contact' }).config,
    ).toMatchObject({
      siteUrl: 'http://localhost:4321',
      contactUrl: 'https://example.org/contact',
    });
  });
});
