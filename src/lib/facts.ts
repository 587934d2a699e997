import { Q, rfc, type Citation } from './citations';

/**
 * Spec facts of the registered codes, each with the sentence of the spec it rests on, so no content
 * file has to repeat them and every one can be checked against its source.
 */

/** Whether a response with this code carries content (RFC 9110 §6.4.1, §15). */
export type ContentRule = 'none' | 'may';

/**
 * How caches treat the code: `heuristic`, stored without explicit freshness (RFC 9110 §15.1, plus
 * 451); `explicit`, stored only with explicit freshness; `never`, never stored (interim responses,
 * and 428, 429, 431, 511 under RFC 6585); `updates-stored`, 304, which refreshes a stored response.
 */
export const CACHING = ['heuristic', 'explicit', 'never', 'updates-stored'] as const;
export type Caching = (typeof CACHING)[number];

/**
 * What a client does next: `not-applicable` (interim or success), `follow-redirect`, `no` (the same
 * request fails the same way), `after-change` (only once something is added or fixed), `yes` (the
 * spec allows repeating it), `idempotent-only` (RFC 9110 §9.2.2: POST and PATCH need an
 * idempotency key or proof the first attempt was never applied).
 */
export const RETRY_KINDS = ['not-applicable', 'follow-redirect', 'no', 'after-change', 'yes', 'idempotent-only'] as const;
export type RetryKind = (typeof RETRY_KINDS)[number];

/** A BCP 14 keyword where the spec puts one on the sender; `commonly` where it does not. */
export type Level = 'MUST' | 'SHOULD' | 'MAY' | 'commonly';

/** A header field the specification pairs with a status code. */
export interface PairedHeader {
	name: string;
	level: Level;
	note: string;
	cite: Citation;
}

/** One row of the facts box: what we say, and the spec sentences it rests on. */
export interface Fact<T> {
	value: T;
	text: string;
	cites: Citation[];
}

/** The facts box of one registered code. */
export interface Facts {
	content: Fact<ContentRule>;
	caching: Fact<Caching>;
	retry: Fact<RetryKind>;
	headers: PairedHeader[];
}

/** RFC 9110 §15.1, plus 451, which RFC 7725 §3 makes cacheable by default too. */
export const HEURISTICALLY_CACHEABLE = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];

/** RFC 6585 sections of the codes whose responses a cache MUST NOT store. */
const NEVER_STORED: Record<number, string> = { 428: '3', 429: '4', 431: '5', 511: '6' };

const RFC7725_CACHE = rfc(
	7725,
	'3',
	'A 451 response is cacheable by default, i.e., unless otherwise indicated by the method definition or explicit cache controls; see [RFC7234].',
);

/** Codes whose own RFC says how caches treat them; the rest fall under RFC 9110 §15.1. */
const EXPLICIT_CACHE: Record<number, Citation> = {
	226: rfc(3229, '10.4.1', 'A response received with a status code of 226 MAY be stored by a cache and used in reply to a subsequent request, subject to the HTTP expiration mechanism and any Cache-Control headers'),
	425: rfc(8470, '5.2', 'The 425 (Too Early) status code is not cacheable by default.'),
};

function contentOf(code: number): Fact<ContentRule> {
	if (code < 200 || code === 204 || code === 304) return { value: 'none', text: 'None: no body, ever', cites: [Q.noContent] };
	if (code === 205) {
		return {
			value: 'none',
			text: 'None: the server MUST NOT send a body',
			cites: [rfc(9110, '15.3.6', 'Since the 205 status code implies that no additional content will be provided, a server MUST NOT generate content in a 205 response.')],
		};
	}
	if (code >= 400) {
		return {
			value: 'may',
			text: 'May carry a body, and the server SHOULD explain the error in it (except for HEAD)',
			cites: [code >= 500 ? Q.explainServer : Q.explainClient],
		};
	}
	return { value: 'may', text: 'May carry a body', cites: [Q.content] };
}

function cachingOf(code: number): Fact<Caching> {
	if (code < 200) return { value: 'never', text: 'Never: interim responses are not stored', cites: [Q.interimNotStored] };
	if (NEVER_STORED[code]) {
		return { value: 'never', text: 'Never: a cache MUST NOT store it', cites: [Q.notStored(code, NEVER_STORED[code])] };
	}
	if (code === 304) {
		return { value: 'updates-stored', text: 'Not stored itself: it refreshes the stored response it validates', cites: [Q.updatesStored] };
	}
	if (HEURISTICALLY_CACHEABLE.includes(code)) {
		return {
			value: 'heuristic',
			text: 'Yes, heuristically: a cache may store it without explicit freshness',
			cites: [code === 451 ? RFC7725_CACHE : Q.heuristic(code)],
		};
	}
	return {
		value: 'explicit',
		text: 'Only with explicit freshness (Cache-Control max-age, Expires)',
		cites: [EXPLICIT_CACHE[code] ?? Q.notHeuristic],
	};
}

const retry = (value: RetryKind, text: string, ...cites: Citation[]): Fact<RetryKind> => ({ value, text, cites });

const IDEMPOTENT_ONLY = 'only idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE); a POST or PATCH only with an idempotency key';

const RETRY: Record<number, Fact<RetryKind>> = {
	300: retry(
		'follow-redirect',
		'Only if the client follows the preferred choice in Location; otherwise a person picks one',
		rfc(9110, '15.4.1', 'The user agent MAY use the Location field value for automatic redirection.'),
	),
	301: retry('follow-redirect', 'Follow Location; the method is kept, except that a POST may become a GET', Q.autoRedirect, Q.postToGet('15.4.2')),
	302: retry('follow-redirect', 'Follow Location; the method is kept, except that a POST may become a GET', Q.autoRedirect, Q.postToGet('15.4.3')),
	303: retry(
		'follow-redirect',
		'Follow Location with GET (or HEAD); the request body is not sent again',
		rfc(9110, '15.4.4', 'A user agent can perform a retrieval request targeting that URI (a GET or HEAD request if using HTTP), which might also be redirected, and present the eventual result as an answer to the original request.'),
	),
	304: retry('not-applicable', 'Not applicable: use the stored response, updated with these headers', Q.updatesStored),
	305: retry('no', 'No: 305 is deprecated and clients ignore it', rfc(9110, '15.4.6', 'The 305 (Use Proxy) status code was defined in a previous version of this specification and is now deprecated (Appendix B of [RFC7231]).')),
	306: retry('no', 'No: the code is unused', rfc(9110, '15.4.7', 'The 306 status code was defined in a previous version of this specification, is no longer used, and the code is reserved.')),
	307: retry('follow-redirect', 'Follow Location with the same method and body', Q.sameMethod('15.4.8')),
	308: retry(
		'follow-redirect',
		'Follow Location with the same method and body',
		Q.autoRedirect,
		rfc(9110, '15.4', '307 (Temporary Redirect) and 308 (Permanent Redirect) [RFC7538] were later added to unambiguously indicate method-preserving redirects'),
	),
	401: retry('after-change', 'Only with new or different credentials', rfc(9110, '15.5.2', 'The user agent MAY repeat the request with a new or replaced Authorization header field (Section 11.6.2).')),
	403: retry(
		'no',
		'No: not with the same credentials; different ones may succeed',
		rfc(9110, '15.5.4', 'The client SHOULD NOT automatically repeat the request with the same credentials. The client MAY repeat the request with new or different credentials.'),
	),
	407: retry(
		'after-change',
		'Only with new or different proxy credentials',
		rfc(9110, '15.5.8', 'The client MAY repeat the request with a new or replaced Proxy-Authorization header field (Section 11.7.2).'),
	),
	408: retry('yes', 'Yes: the client may repeat it, on a new connection if the old one was closed', rfc(9110, '15.5.9', 'If the client has an outstanding request in transit, it MAY repeat that request.')),
	411: retry(
		'after-change',
		'After adding a valid Content-Length',
		rfc(9110, '15.5.12', 'The client MAY repeat the request if it adds a valid Content-Length header field containing the length of the request content.'),
	),
	413: retry('after-change', 'With a smaller body, or after the Retry-After time if the server says the limit is temporary', Q.retryAfterTemporary),
	421: retry(
		'yes',
		'Yes, over a different connection, whatever the method',
		rfc(9110, '15.5.20', "A client that receives a 421 (Misdirected Request) response MAY retry the request, whether or not the request method is idempotent, over a different connection, such as a fresh connection specific to the target resource's origin, or via an alternative service [ALTSVC]."),
	),
	423: retry('after-change', 'Once the lock is released, or with the lock token', rfc(4918, '11.3', 'The 423 (Locked) status code means the source or destination resource of a method is locked.')),
	425: retry(
		'yes',
		'Yes, once the TLS handshake has completed (not in early data)',
		rfc(8470, '5.2', 'A user agent SHOULD retry automatically, but any retries MUST NOT be sent in early data.'),
	),
	426: retry('after-change', 'After switching to a protocol the Upgrade header lists', rfc(9110, '15.5.22', 'The server MUST send an Upgrade header field in a 426 response to indicate the required protocol(s) (Section 7.8).')),
	428: retry('after-change', 'After making the request conditional (If-Match, If-Unmodified-Since)', rfc(6585, '3', 'Responses using this status code SHOULD explain how to resubmit the request successfully.')),
	429: retry(
		'idempotent-only',
		`After waiting, no sooner than Retry-After says, otherwise with backoff; ${IDEMPOTENT_ONLY}`,
		rfc(6585, '4', 'The response representations SHOULD include details explaining the condition, and MAY include a Retry-After header indicating how long to wait before making a new request.'),
		Q.idempotent,
	),
	431: retry('after-change', 'After making the request headers smaller', rfc(6585, '5', 'The request MAY be resubmitted after reducing the size of the request header fields.')),
	500: retry('idempotent-only', `Rarely, since a 500 is often a bug that fails again; ${IDEMPOTENT_ONLY}, with backoff`, Q.idempotent),
	501: retry('no', 'No: the server does not support the method; the same request fails again', rfc(9110, '9.1', 'An origin server that receives a request method that is unrecognized or not implemented SHOULD respond with the 501 (Not Implemented) status code.')),
	502: retry('idempotent-only', `With backoff: ${IDEMPOTENT_ONLY}`, Q.idempotent),
	503: retry('idempotent-only', `After the Retry-After delay, otherwise with backoff: ${IDEMPOTENT_ONLY}`, Q.retryAfter503, Q.idempotent),
	504: retry('idempotent-only', `With backoff: ${IDEMPOTENT_ONLY}`, Q.idempotent),
	505: retry('after-change', 'Only over another HTTP version', rfc(9110, '15.6.6', 'The 505 (HTTP Version Not Supported) status code indicates that the server does not support, or refuses to support, the major version of HTTP that was used in the request message.')),
	506: retry('no', 'No: the server is misconfigured; retrying cannot help', rfc(2295, '8.1', 'The 506 status code indicates that the server has an internal configuration error: the chosen variant resource is configured to engage in transparent content negotiation itself, and is therefore not a proper end point in the negotiation process.')),
	507: retry(
		'no',
		'Not on its own: the condition is temporary, but a request a user made is repeated only when the user asks again',
		rfc(4918, '11.5', 'This condition is considered to be temporary. If the request that received this status code was the result of a user action, the request MUST NOT be repeated until it is requested by a separate user action.'),
	),
	508: retry('no', 'No: the server met an infinite loop, and the same request loops again', rfc(5842, '7.2', 'The 508 (Loop Detected) status code indicates that the server terminated an operation because it encountered an infinite loop while processing a request with "Depth: infinity".')),
	510: retry(
		'after-change',
		'After adding the extension the response asks for',
		rfc(2774, '7', 'If the 510 response contains information about extensions that were not present in the initial request then the client MAY repeat the request if it has reason to believe it can fulfill the extension policy by modifying the request according to the information provided in the 510 response.'),
	),
	511: retry('after-change', 'After the user signs in to the network; then the same request can succeed', rfc(6585, '6', 'The response representation SHOULD contain a link to a resource that allows the user to submit credentials (e.g., with an HTML form).')),
};

function retryOf(code: number): Fact<RetryKind> {
	if (RETRY[code]) return RETRY[code];
	if (code < 200) return retry('not-applicable', 'Not applicable: an interim response; the final response follows', Q.interim);
	if (code < 300) return retry('not-applicable', 'Not applicable: the request succeeded', Q.success);
	return retry('no', 'No: the same request fails the same way; change it first', Q.clientError);
}

const header = (name: string, level: Level, note: string, cite: Citation): PairedHeader => ({ name, level, note, cite });

const LOCATION_NOTE = 'the target URI of the redirect';
const UPGRADE_OPTION = header('Connection', 'MUST', 'with the "Upgrade" option, so intermediaries do not forward Upgrade', Q.upgradeOption);
const RESENT_304 = rfc(
	9110,
	'15.4.5',
	'The server generating a 304 response MUST generate any of the following header fields that would have been sent in a 200 (OK) response to the same request:',
);
const RESENT_206 = rfc(
	9110,
	'15.3.7',
	'A server that generates a 206 response MUST generate the following header fields, in addition to those required in the subsections below, if the field would have been sent in a 200 (OK) response to the same request: Date, Cache-Control, ETag, Expires, Content-Location, and Vary.',
);
/** The resumable uploads draft, quoted as its rendered text reads (no Markdown backticks). */
const draft = (section: string, quote: string): Citation => ({
	spec: 'draft-ietf-httpbis-resumable-upload-11',
	section,
	url: `https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#${section.startsWith('Appendix') ? `appendix-${section.slice(9)}` : `section-${section}`}`,
	quote,
});
const UPLOAD_104 = draft(
	'4.2.2',
	'When sent, it MUST include Location header field pointing to the upload resource and MUST include the Upload-Limit header field with the corresponding limits (Section 4.1.4) if existing.',
);

const HEADERS: Record<number, PairedHeader[]> = {
	101: [
		header('Upgrade', 'MUST', 'the protocol(s) in effect after this response', rfc(9110, '15.2.2', 'The server MUST generate an Upgrade header field in the response that indicates which protocol(s) will be in effect after this response.')),
		UPGRADE_OPTION,
	],
	103: [
		header('Link', 'commonly', 'preload or preconnect hints for the final response', rfc(8297, '2', 'The 103 (Early Hints) informational status code indicates to the client that the server is likely to send a final response with the header fields included in the informational response.')),
	],
	104: [
		header('Location', 'MUST', 'the upload resource', UPLOAD_104),
		header('Upload-Limit', 'MUST', 'the server’s limits, if it has any', UPLOAD_104),
		header(
			'Upload-Draft-Interop-Version',
			'MUST',
			'while the spec is a draft: the interop version the server implements',
			draft('Appendix B', 'Server implementations of draft versions of the protocol MUST also send a header field Upload-Draft-Interop-Version with the interop version as its value to the 104 (Upload Resumption Supported) informational response.'),
		),
	],
	201: [
		header(
			'Location',
			'SHOULD',
			'after a POST: the URI of the primary resource created',
			rfc(9110, '9.3.3', 'If one or more resources has been created on the origin server as a result of successfully processing a POST request, the origin server SHOULD send a 201 (Created) response containing a Location header field that provides an identifier for the primary resource created'),
		),
	],
	206: [
		header(
			'Content-Range',
			'MUST',
			'the range sent, for a single part',
			rfc(9110, '15.3.7.1', 'If a single part is being transferred, the server generating the 206 response MUST generate a Content-Range header field, describing what range of the selected representation is enclosed, and a content consisting of the range.'),
		),
		header(
			'Content-Type',
			'MUST',
			'multipart/byteranges with its boundary, for several parts',
			rfc(9110, '15.3.7.2', 'If multiple parts are being transferred, the server generating the 206 response MUST generate "multipart/byteranges" content, as defined in Section 14.6, and a Content-Type header field containing the "multipart/byteranges" media type and its required boundary parameter.'),
		),
		...['Date', 'Cache-Control', 'ETag', 'Expires', 'Content-Location', 'Vary'].map((name) =>
			header(name, 'MUST', 'each one a 200 would have carried', RESENT_206),
		),
	],
	226: [
		header('ETag', 'MUST', 'the entity tag of the current instance', rfc(3229, '10.4.1', 'The response MUST include an Etag header field giving the entity tag of the current instance.')),
		header(
			'A-IM',
			'MUST',
			'in the request, not the response: at least one instance-manipulation',
			rfc(3229, '10.4.1', 'The request MUST have included an A-IM header field listing at least one instance-manipulation.'),
		),
	],
	300: [header('Location', 'SHOULD', 'if the server has a preferred choice', rfc(9110, '15.4.1', "If the server has a preferred choice, the server SHOULD generate a Location header field containing a preferred choice's URI reference."))],
	301: [header('Location', 'SHOULD', 'the new permanent URI', Q.locationPermanent('15.4.2'))],
	302: [header('Location', 'SHOULD', LOCATION_NOTE, Q.locationTemporary('15.4.3'))],
	303: [
		header(
			'Location',
			'commonly',
			'the resource that answers the request',
			rfc(9110, '15.4.4', 'The 303 (See Other) status code indicates that the server is redirecting the user agent to a different resource, as indicated by a URI in the Location header field'),
		),
	],
	304: ['ETag', 'Date', 'Vary', 'Content-Location', 'Cache-Control', 'Expires'].map((name) =>
		header(name, 'MUST', 'each one a 200 would have carried', RESENT_304),
	),
	307: [header('Location', 'SHOULD', LOCATION_NOTE, Q.locationTemporary('15.4.8'))],
	308: [header('Location', 'SHOULD', 'the new permanent URI', Q.locationPermanent('15.4.9'))],
	401: [
		header('WWW-Authenticate', 'MUST', 'at least one challenge for the target resource', rfc(9110, '15.5.2', 'The server generating a 401 response MUST send a WWW-Authenticate header field (Section 11.6.1) containing at least one challenge applicable to the target resource.')),
	],
	405: [
		header('Allow', 'MUST', 'the methods the target resource supports', rfc(9110, '15.5.6', "The origin server MUST generate an Allow header field in a 405 response containing a list of the target resource's currently supported methods.")),
	],
	407: [
		header('Proxy-Authenticate', 'MUST', 'a challenge for the proxy', rfc(9110, '15.5.8', 'The proxy MUST send a Proxy-Authenticate header field (Section 11.7.1) containing a challenge applicable to that proxy for the request.')),
	],
	413: [header('Retry-After', 'SHOULD', 'when the condition is temporary', Q.retryAfterTemporary)],
	415: [
		header(
			'Accept-Encoding',
			'commonly',
			'the content codings accepted, when the coding was the problem',
			rfc(9110, '15.5.16', 'If the problem was caused by an unsupported content coding, the Accept-Encoding response header field (Section 12.5.3) ought to be used to indicate which (if any) content codings would have been accepted in the request.'),
		),
		header(
			'Accept',
			'commonly',
			'the media types accepted, when the type was the problem',
			rfc(9110, '15.5.16', 'On the other hand, if the cause was an unsupported media type, the Accept response header field (Section 12.5.1) can be used to indicate which media types would have been accepted in the request.'),
		),
		header('Accept-Patch', 'SHOULD', 'for a PATCH: the patch formats accepted', rfc(5789, '2.2', 'Such a response SHOULD include an Accept-Patch response header as described in Section 3.1 to notify the client what patch document media types are supported.')),
	],
	416: [
		header('Content-Range', 'SHOULD', 'the current length, as bytes */length', rfc(9110, '15.5.17', 'A server that generates a 416 response to a byte-range request SHOULD generate a Content-Range header field specifying the current length of the selected representation (Section 14.4).')),
	],
	426: [header('Upgrade', 'MUST', 'the protocols the server requires', rfc(9110, '15.5.22', 'The server MUST send an Upgrade header field in a 426 response to indicate the required protocol(s) (Section 7.8).')), UPGRADE_OPTION],
	429: [header('Retry-After', 'MAY', 'seconds to wait, or an HTTP-date', RETRY[429].cites[0])],
	451: [
		header(
			'Link',
			'SHOULD',
			'rel="blocked-by" (MUST), naming who implements the block, not who ordered it',
			rfc(
				7725,
				'4',
				'When an entity blocks access to a resource and returns status 451, it SHOULD include a "Link" HTTP header field [RFC5988] whose value is a URI reference [RFC3986] identifying itself. When used for this purpose, the "Link" header field MUST have a "rel" parameter whose value is "blocked-by".',
			),
		),
	],
	503: [header('Retry-After', 'MAY', 'seconds to wait, or an HTTP-date', Q.retryAfter503)],
};

/** Returns the spec facts of a registered code, each row with its citations. */
export function factsOf(code: number): Facts {
	return { content: contentOf(code), caching: cachingOf(code), retry: retryOf(code), headers: HEADERS[code] ?? [] };
}
