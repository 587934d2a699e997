import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, type Code } from '../lib/codes';
import { toCodeJson } from '../lib/json-api';
import { getClients } from '../lib/clients';

export const getStaticPaths = (async () =>
	(await getCodes()).map((code) => ({ params: { code: String(code.data.code) }, props: { code } }))) satisfies GetStaticPaths;

/** `/{code}.json`: one code as data. */
export const GET: APIRoute<{ code: Code }> = async ({ props, site }) =>
	Response.json(toCodeJson(props.code, site!, await getClients()));
