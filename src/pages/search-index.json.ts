import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';
import { getPlatformEntries } from '../lib/platform';
import { toEntryRecord, toSearchIndex, toSearchRecord } from '../lib/search-records';

/**
 * `/search-index.json`: the search keywords of every code and the records of every platform
 * entry. Names and legacy names of the codes are already in the index page's HTML; the rest is
 * only needed once someone types, so the island fetches it then (or when the page is idle)
 * instead of weighing down every page load.
 */
export const GET: APIRoute = async () => {
	const [codes, entries] = await Promise.all([getCodes(), getPlatformEntries()]);
	const index = toSearchIndex(codes.map(toSearchRecord), entries.map(toEntryRecord));
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
