/**
 * Render the production nginx configuration (deploy/nginx/praktijkatlas.conf) for one place to run it:
 * the Docker image and the end-to-end tests use the same template, filled in here. Pure: no file access.
 */

export interface NginxConfigValues {
  /** `listen` argument: a port ("8080") or address:port ("127.0.0.1:41234"). */
  listen: string;
  /** Absolute path of the built site. */
  root: string;
  /** Writable folder for the pid file and nginx's temporary files (absolute path). */
  temp: string;
  /** The complete Content-Security-Policy header value. */
  csp: string;
}

const PLACEHOLDER = /@@([A-Z]+)@@/g;

/** Characters that would end or escape a quoted nginx string or variable: never allowed in a value. */
const UNSAFE = /["\\$\r\n{}]/;

/** Fill in the template; throws when a value is unsafe or a placeholder stays unknown. */
export function renderNginxConfig(template: string, values: NginxConfigValues): string {
  const byName: Record<string, string> = {
    LISTEN: values.listen,
    ROOT: values.root,
    TEMP: values.temp,
    CSP: values.csp,
  };
  if (!/^(?:[\d.]+:|\[[\da-f:]+\]:)?\d{1,5}$/i.test(values.listen)) {
    throw new Error(`nginx config: listen must be a port or address:port, got "${values.listen}"`);
  }
  for (const name of ['root', 'temp'] as const) {
    if (!values[name].startsWith('/'))
      throw new Error(`nginx config: ${name} must be an absolute path, got "${values[name]}"`);
  }
  for (const [name, value] of Object.entries(byName)) {
    if (UNSAFE.test(value))
      throw new Error(`nginx config: ${name.toLowerCase()} contains a quote, backslash, $, brace or line break`);
  }
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = byName[name];
    if (value === undefined) throw new Error(`nginx config: unknown placeholder ${whole}`);
    return value;
  });
}

/** The directives of a policy as [name, rest] pairs, in order; names lower-cased. */
export function parseCsp(policy: string): [string, string][] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((d) => {
      const space = d.indexOf(' ');
      return space < 0 ? [d.toLowerCase(), ''] : [d.slice(0, space).toLowerCase(), d.slice(space + 1)];
    });
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The policy of the `<meta http-equiv="content-security-policy">` in a built page, or null. */
export function metaCsp(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeAttribute(content[1] ?? content[2] ?? '');
  }
  return null;
}

/**
 * The header policy: the page's meta policy plus what only a header can carry (frame-ancestors 'none':
 * no other site may frame the atlas). A frame-ancestors the page already states is kept as it is.
 */
export function headerCsp(metaPolicy: string): string {
  const directives = parseCsp(metaPolicy);
  if (!directives.some(([name]) => name === 'frame-ancestors')) directives.push(['frame-ancestors', "'none'"]);
  return directives.map(([name, rest]) => (rest ? `${name} ${rest}` : name)).join('; ');
}
