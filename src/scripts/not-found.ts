/**
 * On the not-found page: offers the address that was asked for as a search of the index, so
 * `/status/429/`, `/teapot/` or `/299/` lead somewhere. The words only ever go into a URL
 * parameter and textContent, so a hostile address cannot inject markup.
 */
import { withBase } from '../lib/paths';
import { queryFromPath } from '../lib/url-state';

const suggestion = document.getElementById('search-suggestion');
const query = queryFromPath(location.pathname.slice(withBase('/').length - 1));
if (suggestion && query) {
	const link = suggestion.querySelector('a')!;
	link.href = `${withBase('/')}?${new URLSearchParams({ q: query })}`;
	link.textContent = `Search for “${query}”`;
	suggestion.hidden = false;
}
