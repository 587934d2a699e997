import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { codesJsonSchema } from '../lib/json-api';

/** `/codes.schema.json`: JSON Schema of `/codes.json`; its `codes` items describe `/{code}.json`. */
export const GET: APIRoute = ({ site }) => {
	const schema = z.toJSONSchema(codesJsonSchema, { target: 'draft-2020-12' });
	return Response.json({ $id: new URL('codes.schema.json', site).href, title: 'HTTP status codes', ...schema });
};
