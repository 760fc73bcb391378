/** Site-wide constants: product name and the main navigation. */
export const SITE_NAME = 'Praktijkatlas Nieuwe Verscheidenheid';

export const MAIN_NAV = [
  { href: '/', label: 'Kaart' },
  { href: '/praktijkvoorbeelden/', label: 'Praktijkvoorbeelden' },
  { href: '/vergelijk/', label: 'Typen vergelijken' },
  { href: '/methode/', label: 'Methode' },
  { href: '/over/', label: 'Over' },
] as const;

/** Is `href` the current section? "/" only matches the home page itself. */
export function isCurrentSection(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (href === '/') return path === '/';
  return path.startsWith(href);
}

export function pageTitle(title: string | undefined): string {
  return title ? `${title} | ${SITE_NAME}` : SITE_NAME;
}
