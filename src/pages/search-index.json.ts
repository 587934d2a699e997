import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';
import { toKeywordIndex, toSearchRecord } from '../lib/search-records';

/**
 * `/search-index.json`: the search keywords of every code. Names and legacy names are already in
 * the index page's HTML; the keywords are only needed once someone types, so the island fetches
 * them then instead of weighing down every page load.
 */
export const GET: APIRoute = async () => {
	const records = (await getCodes()).map(toSearchRecord);
	return new Response(JSON.stringify(toKeywordIndex(records)), { headers: { 'Content-Type': 'application/json' } });
};
