import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { codesJsonSchema } from '../lib/json-api';
import { withBase } from '../lib/paths';

/** `/codes.schema.json`: JSON Schema of `/codes.json`; its `codes` items describe `/{code}.json`. */
export const GET: APIRoute = ({ site }) => {
	// io: 'input' leaves objects open (no additionalProperties: false), so a consumer validating
	// against a saved copy accepts the fields a later version 1 document adds.
	const schema = z.toJSONSchema(codesJsonSchema, { target: 'draft-2020-12', io: 'input' });
	const $id = new URL(withBase('codes.schema.json'), site).href;
	return Response.json({ $id, title: 'HTTP status codes', ...schema });
};
