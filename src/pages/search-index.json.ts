import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';

/**
 * `/search-index.json`: the search keywords of every code, `{ "429": ["rate limit", …] }`,
 * with the names and vendors of its other meanings.
 * Names and legacy names are already in the index page's HTML; the keywords are only needed once
 * someone types, so the island fetches them then instead of weighing down every page load.
 */
export const GET: APIRoute = async () => {
	const codes = await getCodes();
	// A number's other meanings are found by their names and vendors too (`exchange` → 451).
	const keywords = Object.fromEntries(
		codes.map((code) => [
			code.data.code,
			[...code.data.keywords, ...code.meanings.slice(1).flatMap((m) => [m.name, m.vendor!])],
		]),
	);
	return new Response(JSON.stringify(keywords), { headers: { 'Content-Type': 'application/json' } });
};
