/**
 * Spec facts derived from RFC 9110 (and the RFCs that define the other registered codes), so no
 * content file has to repeat them and none can get them wrong.
 */

/** Whether a response with this code carries content (RFC 9110 §6.4.1, §15). */
export type ContentRule = 'none' | 'may';

/** A header field the specification pairs with a status code. */
export interface PairedHeader {
	name: string;
	/** The requirement level as the RFC words it. */
	level: 'MUST' | 'SHOULD' | 'MAY' | 'usually';
	note: string;
}

/** The facts box of one code. */
export interface Facts {
	content: ContentRule;
	/** Heuristically cacheable: a cache may store it without explicit freshness information. */
	cacheableByDefault: boolean;
	/** When a client may repeat the request on its own; null when it should not. */
	retry: string | null;
	headers: PairedHeader[];
}

/** RFC 9110 §15.1, plus 451, which RFC 7725 §3 makes cacheable by default too. */
export const HEURISTICALLY_CACHEABLE = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];

const RETRY_AFTER = 'Retry-After';
const LOCATION: PairedHeader = { name: 'Location', level: 'usually', note: 'the target URI of the redirect' };

const HEADERS: Record<number, PairedHeader[]> = {
	101: [{ name: 'Upgrade', level: 'MUST', note: 'the protocol being switched to' }],
	103: [{ name: 'Link', level: 'usually', note: 'preload or preconnect hints for the final response' }],
	201: [{ name: 'Location', level: 'usually', note: 'the URI of the created resource' }],
	206: [{ name: 'Content-Range', level: 'MUST', note: 'the range sent (or a multipart/byteranges body)' }],
	300: [{ name: 'Location', level: 'MAY', note: 'the server’s preferred choice' }],
	301: [LOCATION],
	302: [LOCATION],
	303: [LOCATION],
	307: [LOCATION],
	308: [LOCATION],
	304: [{ name: 'ETag', level: 'SHOULD', note: 'and the other validators a 200 would have sent' }],
	401: [{ name: 'WWW-Authenticate', level: 'MUST', note: 'at least one challenge for the target resource' }],
	405: [{ name: 'Allow', level: 'MUST', note: 'the methods the target resource supports' }],
	407: [{ name: 'Proxy-Authenticate', level: 'MUST', note: 'a challenge for the proxy' }],
	413: [{ name: RETRY_AFTER, level: 'SHOULD', note: 'when the condition is temporary' }],
	415: [{ name: 'Accept', level: 'MAY', note: 'or Accept-Encoding: what the resource does accept' }],
	416: [{ name: 'Content-Range', level: 'SHOULD', note: 'the current length, as bytes */length' }],
	426: [{ name: 'Upgrade', level: 'MUST', note: 'the protocols the server requires' }],
	429: [{ name: RETRY_AFTER, level: 'MAY', note: 'seconds to wait, or an HTTP-date' }],
	451: [{ name: 'Link', level: 'usually', note: 'rel="blocked-by" naming who asked for the block' }],
	503: [{ name: RETRY_AFTER, level: 'MAY', note: 'seconds to wait, or an HTTP-date' }],
};

const RETRY: Record<number, string> = {
	408: 'Yes: the client may repeat the request, on a new connection if the old one was closed.',
	421: 'Yes, over a different connection (one whose certificate and origin match).',
	425: 'Yes, once the TLS handshake has completed (no early data).',
	429: 'Yes, after the Retry-After delay (seconds or an HTTP-date) or with backoff.',
	502: 'Only idempotent requests (GET, PUT, DELETE …), with backoff.',
	503: 'Yes, after the Retry-After delay (seconds or an HTTP-date) or with backoff.',
	504: 'Only idempotent requests (GET, PUT, DELETE …), with backoff.',
};

/** Returns the spec facts of a registered code. */
export function factsOf(code: number): Facts {
	const noContent = code < 200 || code === 204 || code === 205 || code === 304;
	return {
		content: noContent ? 'none' : 'may',
		cacheableByDefault: HEURISTICALLY_CACHEABLE.includes(code),
		retry: RETRY[code] ?? null,
		headers: HEADERS[code] ?? [],
	};
}
