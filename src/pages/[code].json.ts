import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, type Code } from '../lib/codes';
import { toCodeJson } from '../lib/json-api';

export const getStaticPaths = (async () =>
	(await getCodes()).map((code) => ({ params: { code: String(code.data.code) }, props: { code } }))) satisfies GetStaticPaths;

/** `/{code}.json`: one code as data. */
export const GET: APIRoute<{ code: Code }> = ({ props, site }) =>
	Response.json(toCodeJson(props.code, site!));
