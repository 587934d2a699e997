import { z } from 'astro/zod';

/**
 * The behaviours the client matrix compares, in display order, each with the status codes whose
 * pages show it. Adding one here (and cells in content/clients/*.yaml) is all a new row needs.
 */
export const BEHAVIOURS = [
	{ id: 'follows-redirects', label: 'Follows redirects by default (hop limit)', codes: [301, 302, 303, 307, 308] },
	{ id: 'post-301-302', label: 'POST after a 301 or 302 becomes', codes: [301, 302] },
	{ id: 'put-301-302', label: 'PUT, DELETE or QUERY after a 301 or 302', codes: [301, 302] },
	{ id: 'after-303', label: 'Method after a 303', codes: [303] },
	{ id: 'body-307-308', label: 'Method and body after a 307 or 308', codes: [307, 308] },
	{ id: 'auth-cross-origin', label: 'Authorization on a redirect to another origin', codes: [301, 302, 303, 307, 308] },
	{ id: 'default-retries', label: 'Retries on a status by default', codes: [408, 413, 429, 500, 502, 503, 504] },
	{ id: 'retry-after', label: 'Waits for Retry-After', codes: [413, 429, 503] },
	{ id: 'not-modified', label: 'What the caller gets for a 304', codes: [304] },
	{ id: 'throws', label: 'Throws on a 4xx or 5xx by default', codes: [400, 403] },
	{ id: 'auth-dialog', label: 'Login dialog on a 401 or 407 challenge', codes: [401, 407] },
	{ id: 'status-zero', label: 'When it reports status 0', codes: [0] },
	{ id: 'misdirected-421', label: 'Retries a 421 on a new connection', codes: [421] },
	{ id: 'early-hints-103', label: 'Uses a 103 Early Hints response', codes: [103] },
	{ id: 'caches-301', label: 'Caches a 301 or 308 that has no expiry', codes: [301, 308] },
] as const satisfies readonly { id: string; label: string; codes: readonly number[] }[];

export type BehaviourId = (typeof BEHAVIOURS)[number]['id'];
export const BEHAVIOUR_IDS = BEHAVIOURS.map((b) => b.id) as [BehaviourId, ...BehaviourId[]];

/** What kind of client a file describes: a browser (by how the request starts), a library, or a tool. */
export const CLIENT_KINDS = ['browser', 'library', 'tool'] as const;

const httpsUrl = z.url({ protocol: /^https$/, abort: true, error: 'must be an https URL' });

/** The file (or documentation page) a cell was read from, at the version named in its title. */
const sourceSchema = z.strictObject({ title: z.string().trim().min(3).max(80), url: httpsUrl });

/** YAML may hand over a date as a Date; the schema keeps ISO `YYYY-MM-DD` strings only. */
const isoDate = z
	.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))])
	.describe('YYYY-MM-DD');

/**
 * One cell: a short value (compared across clients after normalisation, see client-matrix.ts),
 * an optional detail, the source it was read from and when it was last checked there.
 */
export const cellSchema = z.strictObject({
	value: z.string().trim().min(1).max(48),
	detail: z.string().trim().min(10).max(260).optional(),
	source: sourceSchema,
	verified: isoDate,
});

/** Frontmatter-free YAML of one `content/clients/<id>.yaml` file. */
export const clientSchema = z.strictObject({
	name: z.string().trim().min(2).max(40),
	kind: z.enum(CLIENT_KINDS),
	/** `2.34.2`, `Living Standard`: the version every cell of the file was read at. */
	version: z.string().trim().min(1).max(40),
	/** Position in the matrix: browsers first, then libraries, then tools. */
	order: z.number().int().min(1),
	cells: z.partialRecord(z.enum(BEHAVIOUR_IDS), cellSchema),
});

export type ClientData = z.infer<typeof clientSchema>;
export type ClientCell = z.infer<typeof cellSchema>;
