// The one inline script of the site, run before first paint: it marks the page as having JavaScript
// so CSS can show JS-only controls at once (no layout shift when the modules load). Plain .mjs so that
// astro.config.mjs can hash the very same text for the Content-Security-Policy.
export const JS_FLAG_SCRIPT = "document.documentElement.classList.add('js');";
