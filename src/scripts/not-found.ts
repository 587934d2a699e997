/**
 * On the not-found page: offers the address that was asked for as a search of the index, so
 * `/status/429/`, `/teapot/` or `/299/` lead somewhere. The words only ever go into a URL
 * parameter and textContent, so a hostile address cannot inject markup.
 */
import { queryFromPath } from '../lib/not-found';

/** The search box's own limit (MAX_QUERY_LENGTH in src/lib/site.ts, not imported: see lib/not-found.ts). */
const MAX_QUERY_LENGTH = 100;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const banner = document.getElementById('not-found-banner');
const suggestion = document.getElementById('search-suggestion');
const query = queryFromPath(location.pathname.slice(BASE.length - 1), MAX_QUERY_LENGTH);
if (banner && !banner.hidden && suggestion && query) {
	const link = suggestion.querySelector('a')!;
	link.href = `${BASE}?${new URLSearchParams({ q: query })}`;
	link.textContent = `Search for “${query}”`;
	suggestion.hidden = false;
}
