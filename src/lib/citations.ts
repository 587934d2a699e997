/**
 * Where a spec fact comes from: the document, the section, a link to the section's anchor, and the
 * requirement clause word for word. Quotes are the spec's own text, at most 300 characters, with
 * "…" only where words are left out of the middle; anything we say about them stays outside.
 */
export interface Citation {
	/** `RFC 9110`, `RFC 6585`, `draft-ietf-httpbis-resumable-upload-11`, `IANA registry`. */
	spec: string;
	/** `15.5.5`, or the registry's name for the entry. */
	section: string;
	url: string;
	quote: string;
}

/** The longest quote a citation may carry. */
export const MAX_QUOTE_LENGTH = 300;

/** Returns a citation of an RFC section, linked to its anchor on rfc-editor.org. */
export function rfc(number: number, section: string, quote: string): Citation {
	return {
		spec: `RFC ${number}`,
		section,
		url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
		quote,
	};
}

/** Returns the short label a reader sees: `RFC 6585 §4`. */
export function citeLabel(cite: Citation): string {
	if (cite.section.startsWith('Appendix')) return `${cite.spec} ${cite.section}`;
	if (cite.spec.startsWith('IANA')) return `${cite.spec}, ${cite.section}`;
	return `${cite.spec} §${cite.section}`;
}

/** Quotes used by more than one code. */
export const Q = {
	noContent: rfc(9110, '6.4.1', 'All 1xx (Informational), 204 (No Content), and 304 (Not Modified) responses do not include content.'),
	content: rfc(9110, '6.4.1', 'All other responses do include content, although that content might be of zero length.'),
	explainClient: rfc(
		9110,
		'15.5',
		'Except when responding to a HEAD request, the server SHOULD send a representation containing an explanation of the error situation, and whether it is a temporary or permanent condition.',
	),
	explainServer: rfc(
		9110,
		'15.6',
		'Except when responding to a HEAD request, the server SHOULD send a representation containing an explanation of the error situation, and whether it is a temporary or permanent condition.',
	),
	notHeuristic: rfc(9110, '15.1', 'all other status codes are not heuristically cacheable'),
	interimNotStored: rfc(
		9111,
		'3',
		'A cache MUST NOT store a response to a request unless: … the response status code is final (see Section 15 of [HTTP])',
	),
	updatesStored: rfc(
		9111,
		'4.3.4',
		'When a cache receives a 304 (Not Modified) response, it needs to identify stored responses that are suitable for updating with the new information provided, and then do so.',
	),
	interim: rfc(
		9110,
		'15.2',
		'The 1xx (Informational) class of status code indicates an interim response for communicating connection status or request progress prior to completing the requested action and sending a final response.',
	),
	success: rfc(9110, '15.3', "The 2xx (Successful) class of status code indicates that the client's request was successfully received, understood, and accepted."),
	clientError: rfc(9110, '15.5', 'The 4xx (Client Error) class of status code indicates that the client seems to have erred.'),
	idempotent: rfc(
		9110,
		'9.2.2',
		'A client SHOULD NOT automatically retry a request with a non-idempotent method unless it has some means to know that the request semantics are actually idempotent, regardless of the method, or some means to detect that the original request was never applied.',
	),
	autoRedirect: rfc(
		9110,
		'15.4',
		'the user agent MAY automatically redirect its request to the URI referenced by the Location field value, even if the specific status code is not understood.',
	),
	postToGet: (section: string) =>
		rfc(9110, section, 'For historical reasons, a user agent MAY change the request method from POST to GET for the subsequent request.'),
	sameMethod: (section: string) =>
		rfc(9110, section, 'the user agent MUST NOT change the request method if it performs an automatic redirection to that URI.'),
	locationPermanent: (section: string) =>
		rfc(
			9110,
			section,
			'The server SHOULD generate a Location header field in the response containing a preferred URI reference for the new permanent URI.',
		),
	locationTemporary: (section: string) =>
		rfc(9110, section, 'The server SHOULD generate a Location header field in the response containing a URI reference for the different URI.'),
	heuristic: (code: number) =>
		rfc(
			9110,
			SECTIONS[code],
			code === 206
				? 'A 206 response is heuristically cacheable; i.e., unless otherwise indicated by explicit cache controls (see Section 4.2.2 of [CACHING]).'
				: `A ${code} response is heuristically cacheable; i.e., unless otherwise indicated by the method definition or explicit cache controls (see Section 4.2.2 of [CACHING]).`,
		),
	notStored: (code: number, section: string) => rfc(6585, section, `Responses with the ${code} status code MUST NOT be stored by a cache.`),
	retryAfterTemporary: rfc(
		9110,
		'15.5.14',
		'If the condition is temporary, the server SHOULD generate a Retry-After header field to indicate that it is temporary and after what time the client MAY try again.',
	),
	retryAfter503: rfc(
		9110,
		'15.6.4',
		'The server MAY send a Retry-After header field (Section 10.2.3) to suggest an appropriate amount of time for the client to wait before retrying the request.',
	),
	upgradeOption: rfc(
		9110,
		'7.8',
		'A sender of Upgrade MUST also send an "Upgrade" connection option in the Connection header field (Section 7.6.1) to inform intermediaries not to forward this field.',
	),
};

/** RFC 9110 sections of the codes it defines. */
export const SECTIONS: Record<number, string> = {
	100: '15.2.1', 101: '15.2.2', 200: '15.3.1', 201: '15.3.2', 202: '15.3.3', 203: '15.3.4', 204: '15.3.5',
	205: '15.3.6', 206: '15.3.7', 300: '15.4.1', 301: '15.4.2', 302: '15.4.3', 303: '15.4.4', 304: '15.4.5',
	305: '15.4.6', 306: '15.4.7', 307: '15.4.8', 308: '15.4.9', 400: '15.5.1', 401: '15.5.2', 402: '15.5.3',
	403: '15.5.4', 404: '15.5.5', 405: '15.5.6', 406: '15.5.7', 407: '15.5.8', 408: '15.5.9', 409: '15.5.10',
	410: '15.5.11', 411: '15.5.12', 412: '15.5.13', 413: '15.5.14', 414: '15.5.15', 415: '15.5.16',
	416: '15.5.17', 417: '15.5.18', 418: '15.5.19', 421: '15.5.20', 422: '15.5.21', 426: '15.5.22',
	500: '15.6.1', 501: '15.6.2', 502: '15.6.3', 503: '15.6.4', 504: '15.6.5', 505: '15.6.6',
};
