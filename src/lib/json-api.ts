import { z } from 'astro/zod';
import type { Code, FactsView } from './codes';
import { LIFECYCLE_STATES } from './lifecycle';
import { CACHING, RETRY_KINDS } from './facts';
import { STATUSES } from './schema';
import { CLASS_IDS } from './site';
import { REGISTRY } from '../data/registry';
import { constantsFor } from './constants';
import type { PlatformEntry } from './platform-model';
import { rowsForCode, type Client } from './client-matrix';
import { GRPC_PAGES, grpcRowOf } from './grpc';

const link = z.object({ title: z.string(), url: z.string() });

/**
 * The shape of `/{code}.json` and of each entry of `/codes.json`. Published as JSON Schema at
 * `/codes.schema.json`; fields are only ever added, never renamed or removed, within version 1.
 */
export const codeJsonSchema = z.object({
	code: z
		.number()
		.int()
		.refine((n) => n === 0 || (n >= 100 && n <= 599))
		.meta({ anyOf: [{ const: 0 }, { minimum: 100, maximum: 599 }] })
		.describe('0 (no response) or a status code, 100–599'),
	name: z.string(),
	label: z.string().describe('What the copy buttons copy, e.g. "404 Not Found"'),
	aliases: z.array(z.string()),
	class: z.enum(CLASS_IDS).nullable().describe('null for 0'),
	status: z.enum(STATUSES),
	statusNote: z.string().nullable(),
	official: z.boolean(),
	summary: z.string(),
	spec: link.nullable(),
	facts: z
		.object({
			content: z.enum(['none', 'may']),
			cacheableByDefault: z.boolean(),
			caching: z
				.enum(CACHING)
				.describe('heuristic: storable without explicit freshness; explicit: only with it; never: a cache must not store it; updates-stored: 304, which refreshes a stored response'),
			retry: z.string().nullable(),
			retryKind: z.enum(RETRY_KINDS),
			protocol: z
				.object({ differs: z.boolean(), text: z.string() })
				.describe('How the code differs between HTTP/1.1, HTTP/2 and HTTP/3; its citations have fact "protocol"'),
			headers: z.array(z.object({ name: z.string(), level: z.string(), note: z.string() })),
			citations: z
				.array(
					z.object({
						fact: z.string().describe('content, caching, retry, header:<Name>, protocol or status'),
						spec: z.string(),
						section: z.string(),
						url: z.string(),
						quote: z.string().describe('The spec’s own words'),
					}),
				)
				.describe('Where each fact comes from'),
		})
		.nullable()
		.describe('null for unofficial codes'),
	constants: z.record(
		z.string(),
		z.object({ expression: z.string(), aliases: z.array(z.string()), deprecated: z.boolean(), source: z.string() }),
	),
	meanings: z.array(
		z.object({
			name: z.string(),
			vendor: z.string().nullable(),
			official: z.boolean(),
			verified: z.boolean(),
			summary: z.string(),
			seeing: z.string().nullable(),
			source: link,
			label: z.string(),
		}),
	),
	clients: z
		.array(
			z.object({
				behaviour: z.string().describe('An id of the client matrix, e.g. put-301-302'),
				label: z.string(),
				disagree: z.boolean().describe('True when clients give different normalised values'),
				cells: z.array(
					z.object({
						client: z.string(),
						name: z.string(),
						value: z.string(),
						normalised: z.string().describe('The value compared across clients'),
						detail: z.string().nullable(),
						source: link,
						verified: z.string().describe('YYYY-MM-DD: when the value was last read from its source'),
					}),
				),
			}),
		)
		.describe('What common HTTP clients do with this code, one entry per behaviour (empty for most codes)'),
	grpc: z
		.object({
			fromHttp: z.object({ name: z.string(), number: z.number() }).describe('grpc/grpc: what a gRPC client reports for this HTTP status without grpc-status'),
			toHttp: z.array(z.object({ name: z.string(), number: z.number() })).describe('google.rpc.Code: the gRPC statuses mapped onto this HTTP status'),
		})
		.nullable()
		.describe('null where this site shows no gRPC row'),
	lifecycle: z.object({
		state: z.enum(LIFECYCLE_STATES),
		expires: z.string().nullable().describe('End date of a temporary registration'),
		checked: z.string().describe('When the page was last compared with the IANA registry'),
	}),
	url: z.string().describe('The code page'),
});

/**
 * The shape of `/<vendor>/<slug>.json` and of each item of `platform` in `/codes.json`: a
 * platform's own code (IIS 500.19, Cloudflare 1020) or a "status" that is no HTTP status.
 */
export const platformJsonSchema = z.object({
	key: z.string().describe('<vendor>/<slug>, e.g. "iis/500.19"; also the page path'),
	vendor: z.string().describe('Platform key, e.g. "iis", "cloudflare", "not-http"'),
	vendorName: z.string(),
	id: z.string().describe('The identifier as it appears in logs or pages, e.g. "500.19", "H12"'),
	name: z.string(),
	status: z.number().int().describe('The HTTP status it travels with; 0 when no HTTP response arrived'),
	alsoStatus: z.array(z.number().int()),
	label: z.string().describe('What the copy button copies, e.g. "Cloudflare 1020 Access Denied (403)"'),
	short: z.string(),
	summary: z.string(),
	seeing: z.string(),
	aliases: z.array(z.string()).describe('Strings that appear in logs and pages for it'),
	sources: z.array(link).describe('The vendor’s own documentation or source code, primary first'),
	verified: z.boolean(),
	related: z.array(z.number().int()),
	url: z.string().describe('The entry page'),
});

export type PlatformJson = z.infer<typeof platformJsonSchema>;

/** Returns the JSON document of one catalogue entry; `site` is the absolute origin for `url`. */
export function toPlatformJson(entry: PlatformEntry, site: URL): PlatformJson {
	const { data } = entry;
	return {
		key: entry.key,
		vendor: data.vendor,
		vendorName: entry.platform.name,
		id: data.id,
		name: data.name,
		status: data.status,
		alsoStatus: data.alsoStatus,
		label: data.label,
		short: data.short,
		summary: data.summary,
		seeing: data.seeing,
		aliases: data.aliases,
		sources: [data.source, ...data.sources],
		verified: data.verified,
		related: data.related,
		url: new URL(entry.href, site).href,
	};
}

export const codesJsonSchema = z.object({
	version: z.literal(1),
	registry: z
		.object({ url: z.string(), updated: z.string(), checked: z.string() })
		.describe('The IANA registry, its own last-updated date, and when this site last compared with it'),
	codes: z.array(codeJsonSchema),
	platform: z
		.array(platformJsonSchema)
		.describe('Platform codes (IIS sub-statuses, Cloudflare 1xxx, Heroku H codes…) and non-HTTP "statuses", each with the HTTP status it travels with'),
});

export type CodeJson = z.infer<typeof codeJsonSchema>;

/** Returns the JSON document of one code; `site` is the absolute origin for `url`, `clients` the client matrix. */
export function toCodeJson(code: Code, site: URL, clients: Client[] = []): CodeJson {
	const { data } = code;
	return {
		code: data.code,
		name: data.name,
		label: code.label,
		aliases: data.aliases,
		class: code.cls,
		status: data.status,
		statusNote: data.statusNote ?? null,
		official: code.official,
		summary: data.summary,
		spec: data.spec ?? null,
		facts: code.facts ? factsJson(code.facts) : null,
		constants: Object.fromEntries(
			constantsFor(data.code).map((c) => [
				c.id,
				{ expression: c.expression, aliases: c.aliases, deprecated: c.deprecated, source: c.source },
			]),
		),
		meanings: code.meanings.map((m) => ({
			name: m.name,
			vendor: m.vendor ?? null,
			official: m.official,
			verified: m.verified,
			summary: m.summary,
			seeing: m.seeing ?? null,
			source: m.link,
			label: m.label,
		})),
		clients: clientsJson(data.code, clients),
		grpc: grpcJson(data.code),
		lifecycle: code.lifecycle,
		url: new URL(code.href, site).href,
	};
}

function clientsJson(code: number, clients: Client[]): CodeJson['clients'] {
	return rowsForCode(code, clients).map((row) => ({
		behaviour: row.behaviour.id,
		label: row.behaviour.label,
		disagree: row.disagree,
		cells: row.cells.flatMap((cell) =>
			cell
				? [{ client: cell.client.id, name: cell.client.name, value: cell.value, normalised: cell.norm, detail: cell.detail ?? null, source: cell.source, verified: cell.verified }]
				: [],
		),
	}));
}

function grpcJson(code: number): CodeJson['grpc'] {
	if (!GRPC_PAGES.includes(code)) return null;
	const { fromHttp, toHttp } = grpcRowOf(code);
	const pick = ({ name, number }: { name: string; number: number }) => ({ name, number });
	return { fromHttp: pick(fromHttp), toHttp: toHttp.map(pick) };
}

function factsJson({ facts, rows, protocol }: FactsView): CodeJson['facts'] {
	return {
		content: facts.content.value,
		cacheableByDefault: facts.caching.value === 'heuristic',
		caching: facts.caching.value,
		retry: facts.retry.text,
		retryKind: facts.retry.value,
		protocol: { differs: protocol.differs, text: protocol.text },
		headers: facts.headers.map(({ name, level, note }) => ({ name, level, note })),
		citations: rows.flatMap(({ fact, cites }) => cites.map((cite) => ({ fact, ...cite }))),
	};
}

/** Returns `/codes.json`. */
export function toCodesJson(
	codes: Code[],
	site: URL,
	entries: PlatformEntry[] = [],
	clients: Client[] = [],
): z.infer<typeof codesJsonSchema> {
	return {
		version: 1,
		registry: REGISTRY,
		codes: codes.map((code) => toCodeJson(code, site, clients)),
		platform: entries.map((entry) => toPlatformJson(entry, site)),
	};
}
