import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';
import { toCodesJson } from '../lib/json-api';
import { getClients } from '../lib/clients';

/** `/codes.json`: every code as data, sorted by number. */
export const GET: APIRoute = async ({ site }) => {
	const codes = await getCodes();
	return Response.json(toCodesJson(codes, site!, await getClients()));
};
