import { describe, expect, it } from 'vitest';
import { factsOf, type RetryKind } from '../../src/lib/facts';
import { factRowsOf } from '../../src/lib/fact-rows';
import { MAX_QUOTE_LENGTH } from '../../src/lib/citations';
import { codeSchema } from '../../src/lib/schema';
import { readFolder } from './content-files';

const files = readFolder('content')
	.map((file) => ({ ...file, data: codeSchema.parse(file.frontmatter) }))
	.filter((file) => file.data.status !== 'unofficial');
const registered = files.map((file) => file.data.code);
const NOW = '2026-12-01';

/** RFC 9110 §15.1: codes a cache may store heuristically. */
const RFC9110_CACHEABLE = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];
const where = (pick: (code: number) => boolean) => registered.filter(pick);

describe('citations', () => {
	it.each(files.map((f) => [f.data.code, f.data]))('%i cites a source on every row of its facts box', (_, data) => {
		const { rows, facts } = factRowsOf(data, NOW);
		const named = rows.map((row) => row.fact);
		expect(named).toEqual(['content', 'caching', 'retry', ...facts.headers.map((h) => `header:${h.name}`), 'protocol', 'status']);
		for (const row of rows) {
			expect(row.cites.length, row.fact).toBeGreaterThan(0);
			for (const cite of row.cites) {
				expect(cite.url, row.fact).toMatch(/^https:\/\/(www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+|datatracker\.ietf\.org\/doc\/html\/draft-[a-z0-9-]+#(?:section-[\d.]+|appendix-[A-Z])|www\.iana\.org\/assignments\/http-status-codes\/http-status-codes\.xhtml#http-status-codes-1|chromium\.googlesource\.com\/chromium\/src\/\+\/[0-9a-f]{40}\/docs\/[a-z-]+\.md)$/);
				if (cite.spec.startsWith('RFC')) expect(cite.url).toContain(`rfc${cite.spec.slice(4)}#section-${cite.section}`);
				expect(cite.quote.length, row.fact).toBeGreaterThan(15);
				expect(cite.quote.length, row.fact).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
				// Our words never sit inside the quote: no nested quote marks of ours.
				expect(cite.quote, row.fact).not.toMatch(/[“”]/);
			}
		}
	});

	it('quotes the BCP 14 keyword a header requirement is given, and none where it says "commonly"', () => {
		for (const code of registered) {
			for (const h of factsOf(code).headers) {
				if (h.level === 'commonly') expect(h.cite.quote, `${code} ${h.name}`).not.toMatch(/\b(MUST|SHOULD|MAY)\b/);
				else expect(h.cite.quote, `${code} ${h.name}`).toMatch(new RegExp(`\\b${h.level}\\b`));
			}
		}
	});
});

describe('caching', () => {
	it('tells the four cases apart exactly', () => {
		const byKind = (kind: string) => where((code) => factsOf(code).caching.value === kind);
		expect(byKind('never')).toEqual([100, 101, 102, 103, 104, 428, 429, 431, 511]);
		expect(byKind('updates-stored')).toEqual([304]);
		expect(byKind('heuristic')).toEqual([...RFC9110_CACHEABLE, 451].sort((a, b) => a - b));
		expect(byKind('explicit').length).toBe(registered.length - 9 - 1 - 13);
	});

	it('cites RFC 6585 for the codes a cache must not store, and RFC 9111 §3 for interim ones', () => {
		for (const code of [428, 429, 431, 511]) {
			expect(factsOf(code).caching.cites[0]).toMatchObject({ spec: 'RFC 6585', quote: expect.stringContaining('MUST NOT be stored') });
		}
		for (const code of where((c) => c < 200)) expect(factsOf(code).caching.cites[0]).toMatchObject({ spec: 'RFC 9111', section: '3' });
	});

	it('never promises a 4xx that must not be stored can be cached with explicit freshness', () => {
		for (const code of [428, 429, 431, 511]) expect(factsOf(code).caching.text).not.toMatch(/Cache-Control|Expires|explicit/);
	});
});

describe('content', () => {
	it('gives no content to 1xx, 204, 205 and 304, and allows it for the rest', () => {
		expect(where((code) => factsOf(code).content.value === 'none')).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
	});
});

describe('headers', () => {
	it.each([
		[101, 'Upgrade', 'MUST'],
		[101, 'Connection', 'MUST'],
		[104, 'Location', 'MUST'],
		[104, 'Upload-Limit', 'MUST'],
		[104, 'Upload-Draft-Interop-Version', 'MUST'],
		[201, 'Location', 'SHOULD'],
		[206, 'Content-Range', 'MUST'],
		[226, 'ETag', 'MUST'],
		[226, 'A-IM', 'MUST'],
		[300, 'Location', 'SHOULD'],
		[301, 'Location', 'SHOULD'],
		[302, 'Location', 'SHOULD'],
		[303, 'Location', 'commonly'],
		[304, 'ETag', 'MUST'],
		[304, 'Vary', 'MUST'],
		[307, 'Location', 'SHOULD'],
		[308, 'Location', 'SHOULD'],
		[401, 'WWW-Authenticate', 'MUST'],
		[405, 'Allow', 'MUST'],
		[407, 'Proxy-Authenticate', 'MUST'],
		[413, 'Retry-After', 'SHOULD'],
		[415, 'Accept', 'commonly'],
		[415, 'Accept-Patch', 'SHOULD'],
		[416, 'Content-Range', 'SHOULD'],
		[426, 'Upgrade', 'MUST'],
		[426, 'Connection', 'MUST'],
		[429, 'Retry-After', 'MAY'],
		[451, 'Link', 'SHOULD'],
		[503, 'Retry-After', 'MAY'],
	])('%i pairs with %s (%s)', (code, name, level) => {
		expect(factsOf(code).headers).toContainEqual(expect.objectContaining({ name, level }));
	});

	it('never suggests Last-Modified on a 304, which the RFC discourages when an ETag is sent', () => {
		expect(factsOf(304).headers.map((h) => h.name)).not.toContain('Last-Modified');
		expect(JSON.stringify(factsOf(304).headers)).not.toMatch(/other validators/);
	});

	it('says 451 Link names who implements the block, not who ordered it', () => {
		const [link] = factsOf(451).headers;
		expect(link.note).toMatch(/implements/);
		expect(link.note).toMatch(/not who ordered/);
	});
});

describe('retry', () => {
	const kind = (code: number): RetryKind => factsOf(code).retry.value;

	it('is not applicable to interim and success codes, nor to 304', () => {
		for (const code of where((c) => c < 300)) expect(kind(code), String(code)).toBe('not-applicable');
		expect(kind(304)).toBe('not-applicable');
	});

	it('follows Location on redirects, keeping method and body on 307 and 308', () => {
		for (const code of [300, 301, 302, 303, 307, 308]) expect(kind(code)).toBe('follow-redirect');
		for (const code of [307, 308]) expect(factsOf(code).retry.text).toMatch(/same method and body/);
		for (const code of [301, 302]) expect(factsOf(code).retry.text).toMatch(/POST may become a GET/);
		expect(factsOf(303).retry.text).toMatch(/GET/);
	});

	it('applies the idempotency rule of RFC 9110 §9.2.2 to 429 and every retryable 5xx', () => {
		for (const code of [429, 500, 502, 503, 504]) {
			expect(kind(code), String(code)).toBe('idempotent-only');
			expect(factsOf(code).retry.text).toMatch(/POST/);
			expect(factsOf(code).retry.cites).toContainEqual(expect.objectContaining({ spec: 'RFC 9110', section: '9.2.2' }));
		}
		for (const code of [429, 503]) expect(factsOf(code).retry.text).toMatch(/Retry-After/);
	});

	it('never tells a client to change a request that only needs time or a fix on the server', () => {
		for (const code of [500, 413, 423, 506, 507, 511]) expect(factsOf(code).retry.text).not.toMatch(/change it first/);
	});

	it('keeps plain client errors from being repeated unchanged', () => {
		for (const code of [400, 403, 404, 409, 422]) expect(kind(code), String(code)).toBe('no');
	});
});
