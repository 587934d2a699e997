/**
 * The two scripts that must run inline, before first paint, and so cannot be bundled files, and
 * the index's one inline style. They live here as strings so astro.config.mjs can list their
 * hashes in the Content-Security-Policy.
 */

/** Applies the stored theme before the page paints, so it never flashes the other one. */
export const THEME_SCRIPT = 'try{const t=localStorage.theme;if(t)document.documentElement.dataset.theme=t}catch{}';

/**
 * On the not-found page, which hosts also serve for `/404` and `/404/` when they prefer
 * `404.html` to `404/index.html`: hides the "no page at this address" banner when the address is
 * 404's own, so the page is simply the 404 Not Found page there.
 */
export const NOT_FOUND_BANNER_SCRIPT =
	"if(/\\/404(?:\\/|\\/index\\.html|\\.html)?$/.test(location.pathname))document.getElementById('not-found-banner').hidden=true;else document.title='Page not found · '+document.title.split(' · ').pop()";

/**
 * In the index's <noscript>: hides what only works with JavaScript (the search box, its chips),
 * so a reader without it sees the lists alone, not a box that does nothing.
 */
export const NO_JS_STYLE = '.needs-js { display: none !important; }';
