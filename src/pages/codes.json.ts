import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';
import { toCodesJson } from '../lib/json-api';
import { getPlatformEntries } from '../lib/platform';

/** `/codes.json`: every code as data, sorted by number, then the platform codes in index order. */
export const GET: APIRoute = async ({ site }) => {
	const [codes, entries] = await Promise.all([getCodes(), getPlatformEntries()]);
	return Response.json(toCodesJson(codes, site!, entries));
};
