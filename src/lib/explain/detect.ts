import { bodyClues } from './bodies';
import { hasPseudoStatus, hasStatusLine } from './parse-http';
import { logpushRecord } from './parse-logpush';
import { parseAlb, parseCombined, parseEnvoy, parseHerokuRouter } from './parse-proxy-logs';
import type { FormatId, ProblemKind } from './types';

/** Inputs above this size are refused with a message rather than read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Messages for each kind of input that cannot be explained. */
export const PROBLEMS: Record<ProblemKind, string> = {
	empty: 'Nothing to explain yet: paste a response, a log or a HAR file, or drop a file here.',
	binary:
		'This looks like a binary file, not text. Paste or drop a text export: a HAR file, a .log or .txt file, or the output of curl -i.',
	'not-har':
		'This is JSON, but not a HAR file (it has no log.entries) and not Cloudflare Logpush records. In the browser, use the Network panel\'s "Save all as HAR" (or "Export HAR").',
	truncated: 'This HAR file is cut off before its first complete entry, so there is nothing to read. Export it again, or check the file was fully downloaded.',
	unrecognised:
		'No HTTP status found. Paste a raw response or curl -i / curl -v output, a HAR file, an access log (nginx, Apache, IIS, ALB, CloudFront, Heroku router, Envoy, Cloudflare Logpush) or an error page.',
	'too-large': `This input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB. Cut it to the part around the failure (a log slice, a HAR of one page load) and try again.`,
};

/** Magic numbers of file types people drop by mistake, with what to do instead. */
const MAGIC: [bytes: number[], what: string][] = [
	[[0x1f, 0x8b], 'a gzip archive (.gz): unpack it first, then drop the .har or .log inside'],
	[[0x50, 0x4b, 0x03, 0x04], 'a zip archive: unpack it first, then drop the .har or .log inside'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image: paste the text of the response or log instead of a screenshot'],
	[[0xff, 0xd8, 0xff], 'a JPEG image: paste the text of the response or log instead of a screenshot'],
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
	[[0x0a, 0x0d, 0x0d, 0x0a], 'a pcapng capture: open it in Wireshark and export the HTTP objects or a text dump'],
	[[0xd4, 0xc3, 0xb2, 0xa1], 'a pcap capture: open it in Wireshark and export a text dump'],
];

/** Names the kind of binary file the first bytes show, or null when they look like text. */
export function sniffBinary(bytes: Uint8Array): string | null {
	for (const [magic, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return `This is ${what}.`;
	const head = bytes.subarray(0, 4096);
	let control = 0;
	for (const b of head) {
		if (b === 0) return PROBLEMS.binary;
		if (b < 9 || (b > 13 && b < 32)) control++;
	}
	return head.length && control / head.length > 0.02 ? PROBLEMS.binary : null;
}

/** Whether decoded text is binary: NUL characters, control characters or replacement characters. */
export function looksBinary(text: string): boolean {
	const head = text.slice(0, 4096);
	let odd = 0;
	for (let i = 0; i < head.length; i++) {
		const c = head.charCodeAt(i);
		if (c === 0) return true;
		if (c === 0xfffd || c < 9 || (c > 13 && c < 32)) odd++;
	}
	return head.length > 0 && odd / head.length > 0.02;
}

/** Line formats, tried on every sample line; the one that matches most lines wins. */
const LINE_FORMATS: [FormatId, (line: string) => boolean][] = [
	['alb', (l) => parseAlb(l, 0) !== null],
	['heroku-router', (l) => parseHerokuRouter(l, 0) !== null],
	['envoy', (l) => parseEnvoy(l, 0) !== null],
	['combined', (l) => parseCombined(l, 0) !== null],
	['cloudfront', (l) => /^\d{4}-\d\d-\d\d\t\d\d:\d\d:\d\d\t[A-Z]{3}\d+/.test(l)],
	['iis-w3c', (l) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ [A-Z]+ \S+ \S+ \d+ \S+ \S+ \S+ \S+ \d{3} \d+ \d+ \d+$/.test(l)],
];

/** What the (masked) start of an input is: a format, JSON that is no HAR, or nothing known. */
export function detectFormat(sample: string): FormatId | 'json' | null {
	const text = sample.replace(/^\uFEFF/, '');
	const trimmed = text.trimStart();
	if (trimmed.startsWith('{') || /^\[\s*[{\]]/.test(trimmed)) {
		if (/"log"\s*:\s*\{/.test(trimmed.slice(0, 65536))) return 'har';
		if (logpushRecord(trimmed.split('\n', 1)[0]) || /"EdgeResponseStatus"\s*:/.test(trimmed.slice(0, 65536))) return 'cloudflare-logpush';
		return 'json';
	}
	const lines = text.split(/\r?\n/, 400);
	if (lines.some((l) => /^<\s?HTTP\/\d/.test(l))) return 'curl-v';
	if (lines.some((l) => /^\s*HTTP\/[23](?:\.0)?\s+\d{3}/.test(l))) return 'http2';
	if (hasStatusLine(lines)) return 'http1';
	if (hasPseudoStatus(lines)) return 'http2';
	const fields = lines.find((l) => l.startsWith('#Fields:'));
	if (fields) return /x-edge-(?:location|result-type)/.test(fields) ? 'cloudfront' : /sc-status/.test(fields) ? 'iis-w3c' : null;
	let best: [FormatId | null, number] = [null, 0];
	for (const [id, test] of LINE_FORMATS) {
		const hits = lines.filter(test).length;
		if (hits > best[1]) best = [id, hits];
	}
	if (best[0]) return best[0];
	if (bodyClues(text) || /<title>\s*\d{3}\b[^<]*<\/title>/i.test(text)) return 'error-body';
	return null;
}
