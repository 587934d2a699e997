import type { FormatId, Header, Observation } from './types';

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t]+(.*))?$/;
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+|:[a-z]+):[ \t]*(.*)$/;
/** nghttp `[  0.05] recv (stream_id=1) `, Wireshark `Header: `: what precedes a header in a frame dump. */
const DUMP_PREFIX = /^\s*(?:\[[^\]]*\]\s*)?(?:(?:recv|send)\s+)?(?:\(stream_id=\d+\)\s*)?(?:Header:\s*)?/;
const PSEUDO_STATUS = /^:status:?\s*(\d{3})\b/;

/** Cuts a line to what a card shows. */
export const clip = (line: string, max = 300) => (line.length > max ? `${line.slice(0, max - 1)}…` : line);

const formatOf = (version: string): FormatId => (version.startsWith('1') ? 'http1' : 'http2');

/** One response of a transcript, with the lines of its header block and body. */
function toObservation(
	format: FormatId,
	line: number,
	statusLine: string,
	status: number,
	headers: Header[],
	body: string[],
	method?: string,
): Observation {
	const text = body.join('\n').trim();
	return {
		status,
		format,
		line,
		excerpt: clip(statusLine.trim()),
		headers,
		body: text ? text.slice(0, 4000) : undefined,
		hasContent: text.length > 0,
		method,
	};
}

/** Raw responses and `curl -i` output (HTTP/1.x, HTTP/2, HTTP/3): a status line, headers, a blank line, a body. */
export function parseTranscript(lines: string[], offset = 0): Observation[] {
	const found: Observation[] = [];
	for (let i = 0; i < lines.length; i++) {
		const start = STATUS_LINE.exec(lines[i].trim());
		if (!start) continue;
		const headers: Header[] = [];
		let j = i + 1;
		for (; j < lines.length && lines[j].trim() !== ''; j++) {
			const h = HEADER.exec(lines[j].trim());
			if (!h) break;
			headers.push([h[1], h[2].trim()]);
		}
		const body: string[] = [];
		for (j++; j < lines.length && !STATUS_LINE.test(lines[j].trim()); j++) body.push(lines[j]);
		found.push(toObservation(formatOf(start[1]), offset + i + 1, lines[i], Number(start[2]), headers, body));
		i = j - 1;
	}
	return found;
}

/** `curl -v`: `> ` request lines, `< ` response lines, `* ` notes, and unprefixed body lines. */
export function parseCurlVerbose(lines: string[], offset = 0): Observation[] {
	const found: Observation[] = [];
	let method: string | undefined;
	let request: string | undefined;
	let current: { line: number; statusLine: string; status: number; headers: Header[]; body: string[]; inBody: boolean } | undefined;
	const flush = () => {
		if (!current) return;
		const statusLine = request ? `${request} → ${current.statusLine.trim()}` : current.statusLine;
		found.push(toObservation('curl-v', current.line, statusLine, current.status, current.headers, current.body, method));
		current = undefined;
	};
	lines.forEach((raw, i) => {
		const line = raw.replace(/\r$/, '');
		if (line.startsWith('>')) {
			const start = /^>\s*(([A-Z]+)\s+\S+)\s+HTTP\//.exec(line);
			if (start) {
				flush();
				method = start[2];
				request = start[1];
			}
			return;
		}
		if (line.startsWith('<')) {
			const rest = line.replace(/^<\s?/, '');
			const start = STATUS_LINE.exec(rest.trim());
			if (start) {
				flush();
				current = { line: offset + i + 1, statusLine: rest, status: Number(start[2]), headers: [], body: [], inBody: false };
				return;
			}
			if (!current) return;
			if (rest.trim() === '') current.inBody = true;
			else if (!current.inBody) {
				const h = HEADER.exec(rest.trim());
				if (h) current.headers.push([h[1], h[2].trim()]);
			}
			return;
		}
		if (/^[*{}]\s/.test(line) || line === '*') return;
		if (current?.inBody) current.body.push(line);
	});
	flush();
	return found;
}

/** HTTP/2 and HTTP/3 frame dumps with a `:status: 503` pseudo-header (nghttp -v, Wireshark, DevTools raw headers). */
export function parsePseudoHeaders(lines: string[], offset = 0): Observation[] {
	const found: Observation[] = [];
	for (let i = 0; i < lines.length; i++) {
		const first = lines[i].replace(DUMP_PREFIX, '');
		const start = PSEUDO_STATUS.exec(first);
		if (!start) continue;
		const headers: Header[] = [];
		let j = i + 1;
		for (; j < lines.length; j++) {
			const h = HEADER.exec(lines[j].replace(DUMP_PREFIX, '').trim());
			if (!h || PSEUDO_STATUS.test(lines[j].replace(DUMP_PREFIX, ''))) break;
			headers.push([h[1], h[2].trim()]);
		}
		found.push({ status: Number(start[1]), format: 'http2', line: offset + i + 1, excerpt: clip(first.trim()), headers });
		i = j - 1;
	}
	return found;
}

/** Whether any line is an HTTP status line (`HTTP/1.1 200 OK`, `HTTP/2 503`). */
export const hasStatusLine = (lines: string[]) => lines.some((l) => STATUS_LINE.test(l.trim()));
/** Whether any line holds a `:status` pseudo-header. */
export const hasPseudoStatus = (lines: string[]) => lines.some((l) => PSEUDO_STATUS.test(l.replace(DUMP_PREFIX, '')));
