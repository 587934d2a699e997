import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/lib/facts';
import { codeSchema } from '../../src/lib/schema';
import { readFolder } from './content-files';

const registered = readFolder('content')
	.map((file) => codeSchema.parse(file.frontmatter))
	.filter((data) => data.status !== 'unofficial')
	.map((data) => data.code);

/** RFC 9110 §15.1: codes a cache may store heuristically. */
const RFC9110_CACHEABLE = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

describe('spec facts', () => {
	it('marks exactly the RFC 9110 §15.1 codes (and 451, per RFC 7725 §3) cacheable by default', () => {
		const cacheable = registered.filter((code) => factsOf(code).cacheableByDefault);
		expect(cacheable).toEqual([...RFC9110_CACHEABLE, 451].sort((a, b) => a - b));
	});

	it('gives no content to 1xx, 204, 205 and 304, and allows it for the rest', () => {
		const none = registered.filter((code) => factsOf(code).content === 'none');
		expect(none).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
	});

	it.each([
		[401, 'WWW-Authenticate', 'MUST'],
		[405, 'Allow', 'MUST'],
		[407, 'Proxy-Authenticate', 'MUST'],
		[426, 'Upgrade', 'MUST'],
		[416, 'Content-Range', 'SHOULD'],
		[206, 'Content-Range', 'MUST'],
		[429, 'Retry-After', 'MAY'],
		[503, 'Retry-After', 'MAY'],
		[301, 'Location', 'usually'],
		[308, 'Location', 'usually'],
	])('%i pairs with %s (%s)', (code, name, level) => {
		expect(factsOf(code).headers).toContainEqual(expect.objectContaining({ name, level }));
	});

	it('names Retry-After and both of its formats where a retry waits for it', () => {
		for (const code of [429, 503]) expect(factsOf(code).retry).toMatch(/Retry-After.*seconds or an HTTP-date/);
	});

	it('retries gateway failures only for idempotent requests, and never a plain client error', () => {
		expect(factsOf(502).retry).toMatch(/idempotent/);
		expect(factsOf(504).retry).toMatch(/idempotent/);
		for (const code of [400, 401, 403, 404, 409, 422]) expect(factsOf(code).retry).toBeNull();
	});
});
