import { rfc, type Citation } from './citations';

/**
 * How a status code differs between HTTP/1.1, HTTP/2 and HTTP/3: one row per registered code, shown
 * in the facts box and published as `facts.protocol` in the JSON. Most codes differ only in the
 * reason phrase, which HTTP/2 and HTTP/3 do not carry.
 */
export interface ProtocolFact {
	/** False where the code means and does the same in all three versions. */
	differs: boolean;
	text: string;
	cites: Citation[];
}

const H3_NO_PHRASE = rfc(9114, '4.3.2', 'HTTP/3 does not define a way to carry the version or reason phrase that is included in an HTTP/1.1 status line.');
const H2_NO_101 = rfc(9113, '8.6', 'HTTP/2 does not support the 101 (Switching Protocols) informational status code (Section 15.2.2 of [HTTP]).');
const H3_NO_UPGRADE = rfc(
	9114,
	'4.5',
	'HTTP/3 does not support the HTTP Upgrade mechanism (Section 7.8 of [HTTP]) or the 101 (Switching Protocols) informational status code (Section 15.2.2 of [HTTP]).',
);

const SAME: ProtocolFact = {
	differs: false,
	text: 'No difference, but HTTP/2 and HTTP/3 send no reason phrase (statusText is empty)',
	cites: [H3_NO_PHRASE],
};

const DIFFERENT: Record<number, ProtocolFact> = {
	101: {
		differs: true,
		text: 'HTTP/1.1 only. HTTP/2 and HTTP/3 have no Upgrade; a WebSocket there opens with an extended CONNECT answered by a 200',
		cites: [
			H2_NO_101,
			H3_NO_UPGRADE,
			rfc(8441, '1', 'Due to its multiplexing nature, HTTP/2 does not allow connection-wide header fields or status codes, such as the Upgrade and Connection request-header fields or the 101 (Switching Protocols) response code.'),
			rfc(9220, '3', 'The semantics of the pseudo-header fields and setting are identical to those in HTTP/2 as defined in [RFC8441].'),
		],
	},
	103: {
		differs: true,
		text: 'Same on the wire, but Chrome acts on a 103 only over HTTP/2 and HTTP/3, and only on the first one',
		cites: [
			{
				spec: 'Chromium docs',
				section: 'early-hints.md',
				url: 'https://chromium.googlesource.com/chromium/src/+/1222e696a89719ebc4d88058e42878a7e58473fe/docs/early-hints.md',
				quote: 'Chrome ignores Early Hints sent in the following situations to comply these specifications. … Early Hints sent on HTTP/1.1 or earlier',
			},
			H3_NO_PHRASE,
		],
	},
	421: {
		differs: true,
		text: 'Mostly an HTTP/2 and HTTP/3 answer: those clients reuse one connection for several host names, and a server answers 421 for a name it does not serve there',
		cites: [
			rfc(
				9113,
				'9.1.1',
				'A server that does not wish clients to reuse connections can indicate that it is not authoritative for a request by sending a 421 (Misdirected Request) status code in response to the request (see Section 15.5.20 of [HTTP]).',
			),
			H3_NO_PHRASE,
		],
	},
	426: {
		differs: true,
		text: 'HTTP/1.1 only in practice: the Upgrade header it relies on does not exist in HTTP/2 and HTTP/3',
		cites: [
			rfc(9113, '8.2.2', 'An endpoint MUST NOT generate an HTTP/2 message containing connection-specific header fields.'),
			H3_NO_UPGRADE,
		],
	},
};

/** Returns the protocol row of a registered code. */
export function protocolOf(code: number): ProtocolFact {
	return DIFFERENT[code] ?? SAME;
}
