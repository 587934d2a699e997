import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';
import { toCodesJson } from '../lib/json-api';
import { getPlatformEntries } from '../lib/platform';
import { getClients } from '../lib/clients';

/** `/codes.json`: every code as data, sorted by number, then the platform codes in index order. */
export const GET: APIRoute = async ({ site }) => {
	const [codes, entries, clients] = await Promise.all([getCodes(), getPlatformEntries(), getClients()]);
	return Response.json(toCodesJson(codes, site!, entries, clients));
};
