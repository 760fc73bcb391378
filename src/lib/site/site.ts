/** Site-wide constants: product name and the main navigation. */
import { routes } from './routes';

export const SITE_NAME = 'Praktijkatlas Nieuwe Verscheidenheid';

export const MAIN_NAV = [
  { href: routes.home(), label: 'Kaart' },
  { href: routes.cases(), label: 'Praktijkvoorbeelden' },
  { href: routes.compare(), label: 'Typen vergelijken' },
  { href: routes.method(), label: 'Methode' },
  { href: routes.about(), label: 'Over' },
] as const;

/** Is `href` the current section? "/" only matches the home page itself. */
export function isCurrentSection(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (href === routes.home()) return path === href;
  return path.startsWith(href);
}

export function pageTitle(title: string | undefined): string {
  return title ? `${title} | ${SITE_NAME}` : SITE_NAME;
}
