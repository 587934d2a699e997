import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js/basic';
import { createSearcher } from '../../src/lib/search';
import { toSearchRecord } from '../../src/lib/search-records';
import { codesFrom } from './code-fixtures';

// What people type after reading a log or an error page: the code that must come first, the
// codes that must be among the results (if any), and how many results at most, so a query never
// floods the list with codes that merely share a word.
const searcher = createSearcher(codesFrom().map(toSearchRecord), Fuse);
const TABLE: [query: string, first: number, max: number, also?: number[]][] = [
	['not found', 404, 3],
	['too many requests', 429, 1],
	['gate', 504, 6, [502]],
	['gatway timout', 504, 3],
	['rate limited', 429, 3],
	['cors', 204, 4, [0]],
	['not fond', 404, 4],
	['servce unavailable', 503, 2],
	['authorisation', 401, 3],
	['unauthorised', 401, 2],
	['upstream timed out', 504, 2],
	['connection refused', 502, 3, [521]],
	['no healthy upstream', 503, 2],
	['csrf token mismatch', 419, 1],
	['ssl handshake failed', 525, 2],
	['origin is unreachable', 523, 1],
	['permission denied', 403, 2],
	['access denied', 403, 2],
	['payment required', 402, 1],
	['conflict', 409, 3],
	['precondition failed', 412, 1],
	['unsupported media type', 415, 1],
	['content too large', 413, 1],
	['entity too large', 413, 2],
	['header too large', 431, 5],
	['cookie too large', 431, 3],
	['redirect loop', 301, 3, [302]],
	['moved permanently', 301, 1],
	['temporary redirect', 307, 2],
	['see other', 303, 1],
	['partial content', 206, 2],
	['range not satisfiable', 416, 1],
	['expectation failed', 417, 1],
	['misdirected', 421, 1],
	['too early', 425, 1],
	['upgrade required', 426, 1],
	['legal reasons', 451, 1],
	['service unavailable', 503, 1],
	['maintenance mode', 503, 2],
	['bad request', 400, 2],
	['malformed json', 400, 2],
	['method not allowed', 405, 1],
	['not acceptable', 406, 1],
	['request timeout', 408, 5],
	['gone', 410, 1],
	['length required', 411, 1],
	['uri too long', 414, 1],
	['locked', 423, 2],
	['failed dependency', 424, 1],
	['insufficient storage', 507, 1],
	['loop detected', 508, 1],
	['not extended', 510, 1],
	['network authentication', 511, 1],
	['internal error', 500, 2],
	['not implemented', 501, 1],
	['http version', 505, 2],
	['variant also negotiates', 506, 1],
	['switching protocols', 101, 1],
	['early hints', 103, 1],
	['accepted', 202, 1],
	['reset content', 205, 1],
	['multi status', 207, 2],
	['already reported', 208, 1],
	['im used', 226, 1],
	['multiple choices', 300, 1],
	['not modified', 304, 1],
	['use proxy', 305, 1],
	['forbidden', 403, 1],
	['proxy authentication', 407, 2],
	['unprocessable', 422, 1],
	['precondition required', 428, 1],
	['request header fields too large', 431, 2],
	['gateway timeout', 504, 2],
	['bad gateway', 502, 1],
	['web server is down', 521, 1],
	['connection timed out', 522, 1],
	['invalid ssl certificate', 526, 1],
	['page expired', 419, 2],
	['client closed request', 499, 1],
	['retry with', 449, 1],
	['login timeout', 440, 1],
	['invalid token', 498, 2],
	['bandwidth limit', 509, 1],
	['network connect timeout', 599, 1],
	['this is fine', 218, 1],
	['site frozen', 530, 1],
	['overloaded', 529, 2],
	['teapot', 418, 1],
	['im a teapot', 418, 1],
	['token expired', 401, 3],
	['jwt', 401, 3],
	['rate limit', 429, 2],
	['throttled', 429, 2],
	['websocket', 101, 3],
	['timeout gateway', 504, 2],
	['payload too large', 413, 1],
	['request entity too large', 413, 1],
	['moved temporarily', 302, 1],
	['switch proxy', 306, 1],
	['captive portal', 511, 2],
	['early data', 425, 2],
	['etag', 304, 3],
];

describe('ranking table', () => {
	it('holds at least 100 realistic queries', () => {
		expect(TABLE.length).toBeGreaterThanOrEqual(100);
	});

	it.each(TABLE)('"%s" puts %i first with at most %i results', (query, first, max, also = []) => {
		const codes = searcher.search(query).map((r) => r.code);
		expect(codes[0], codes.join(' ')).toBe(first);
		expect(codes.length, codes.join(' ')).toBeLessThanOrEqual(max);
		for (const code of also) expect(codes.slice(0, 3), codes.join(' ')).toContain(code);
	});
});
