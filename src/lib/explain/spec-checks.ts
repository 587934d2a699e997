import { factsOf } from '../facts';
import { citeLabel, Q, rfc, type Citation } from '../citations';
import type { Header, Observation, Violation } from './types';

/** Returns the value of a header (first occurrence, any case), or undefined. */
export function headerValue(headers: Header[], name: string): string | undefined {
	const lower = name.toLowerCase();
	return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

const toViolation = (id: string, message: string, level: string, cite: Citation): Violation => ({
	id,
	message,
	level,
	cite: { label: citeLabel(cite), url: cite.url, quote: cite.quote },
});

/** The paired header of a code, with its level and citation, as the facts box shows it (src/lib/facts.ts). */
function paired(code: number, name: string) {
	const header = factsOf(code).headers.find((h) => h.name === name);
	if (!header) throw new Error(`facts.ts pairs no ${name} with ${code}`);
	return header;
}

/** Required headers whose absence is a plain fact of the response, with no condition the paste cannot show. */
const REQUIRED: [code: number, header: string][] = [
	[301, 'Location'],
	[302, 'Location'],
	[303, 'Location'],
	[307, 'Location'],
	[308, 'Location'],
	[401, 'WWW-Authenticate'],
	[405, 'Allow'],
	[407, 'Proxy-Authenticate'],
	[416, 'Content-Range'],
	[426, 'Upgrade'],
];

const CONTENT_LENGTH_204 = rfc(
	9110,
	'8.6',
	'A server MUST NOT send a Content-Length header field in any response with a status code of 1xx (Informational) or 204 (No Content).',
);
const RETRY_AFTER_SYNTAX = rfc(
	9110,
	'10.2.3',
	'The value of this field can be either an HTTP-date or a number of seconds to delay after receiving the response.',
);
const IMF_FIXDATE = rfc(
	9110,
	'5.6.7',
	'When a sender generates a field that contains one or more timestamps defined as HTTP-date, the sender MUST generate those timestamps in the IMF-fixdate format.',
);
const RANGE_206 = paired(206, 'Content-Range').cite;

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const IMF = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$`);
const RFC850 = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} (?: \\d|\\d{2}) \\d{2}:\\d{2}:\\d{2} \\d{4}$`);

/** How a Retry-After value reads: delay seconds, an IMF-fixdate, an obsolete date form, or neither. */
export function retryAfterForm(value: string): 'seconds' | 'imf-fixdate' | 'obsolete-date' | 'invalid' {
	const v = value.trim();
	if (/^\d+$/.test(v)) return 'seconds';
	if (IMF.test(v)) return 'imf-fixdate';
	if (RFC850.test(v) || ASCTIME.test(v)) return 'obsolete-date';
	return 'invalid';
}

/**
 * Returns the spec requirements a response breaks. Only responses whose headers the input shows
 * are checked (HTTP transcripts and HAR entries); a log line says too little to judge.
 */
export function checkSpec(obs: Observation): Violation[] {
	const { status, headers } = obs;
	if (!headers || status === null || status < 100) return [];
	const found: Violation[] = [];
	for (const [code, name] of REQUIRED) {
		if (status !== code || headerValue(headers, name) !== undefined) continue;
		const header = paired(code, name);
		found.push(toViolation(`${code}-without-${name.toLowerCase()}`, `The ${code} response has no ${name} header.`, header.level === 'commonly' ? 'by definition' : header.level, header.cite));
	}
	if (status === 206 && headerValue(headers, 'Content-Range') === undefined && !/multipart\/byteranges/i.test(headerValue(headers, 'Content-Type') ?? '')) {
		found.push(toViolation('206-without-content-range', 'A 206 response with neither Content-Range nor multipart/byteranges content.', 'MUST', RANGE_206));
	}
	if ((status === 204 || status === 304) && obs.hasContent) {
		found.push(toViolation(`${status}-with-content`, `A ${status} response that carries content.`, 'do not include', Q.noContent));
	}
	const length = headerValue(headers, 'Content-Length');
	if ((status === 204 || status < 200) && length !== undefined) {
		found.push(toViolation(`${status}-with-content-length`, `A ${status} response with a Content-Length header (${length.trim()}).`, 'MUST NOT', CONTENT_LENGTH_204));
	}
	const retryAfter = headerValue(headers, 'Retry-After');
	if (retryAfter !== undefined) {
		const form = retryAfterForm(retryAfter);
		if (form === 'invalid') {
			found.push(toViolation('retry-after-invalid', `Retry-After "${retryAfter.trim()}" is neither a number of seconds nor an HTTP-date.`, 'syntax', RETRY_AFTER_SYNTAX));
		} else if (form === 'obsolete-date') {
			found.push(toViolation('retry-after-obsolete-date', `Retry-After "${retryAfter.trim()}" uses an obsolete date format, not IMF-fixdate.`, 'MUST', IMF_FIXDATE));
		}
	}
	return found;
}
