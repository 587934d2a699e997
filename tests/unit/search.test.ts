import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js/basic';
import { createSearcher, filterClasses, normalise, MAX_QUERY_LENGTH, type SearchRecord } from '../../src/lib/search';
import type { StatusClass } from '../../src/lib/site';
import { toSearchRecord } from '../../src/lib/search-records';
import { codesFrom } from './code-fixtures';
import { HOSTILE_QUERIES } from '../fixtures/hostile-queries';

// The records the site ships: the same toSearchRecord() the list, the endpoint and the island use.
const records: SearchRecord[] = codesFrom().map(toSearchRecord);
const official = records.filter((r) => !r.vendor);
const searcher = createSearcher(records, Fuse);
const codes = (query: string, classes: StatusClass[] = []) =>
	filterClasses(searcher.search(query), new Set(classes)).map((r) => r.code);

describe('searchCodes ranking', () => {
	// query → the code that must come first
	it.each([
		['404', 404],
		['418', 418],
		['not found', 404],
		['Not Found', 404],
		['forbidden', 403],
		['forbiden', 403],
		['unauthorized', 401],
		['unauthorised', 401],
		['im a teapot', 418],
		["I'm a teapot", 418],
		['I’M A TEAPOT', 418],
		['teapot', 418],
		['rate limit', 429],
		['too many requests', 429],
		['throttled', 429],
		['websocket', 101],
		['gateway timeout', 504],
		['bad gateway', 502],
		['timeout gateway', 504],
		['payload too large', 413],
		['request entity too large', 413],
		['unprocessable entity', 422],
		['validation', 422],
		['moved temporarily', 302],
		['permanent redirect', 308],
		['not modified', 304],
		['etag', 304],
		['maintenance', 503],
		['captive portal', 511],
		['censorship', 451],
		['early hints', 103],
		['switch proxy', 306],
		['method not allowed', 405],
		['wrong method', 405],
		['file too big', 413],
		['url too long', 414],
		['request took too long', 408],
		['internal server error', 500],
		['server error', 500],
		['ok', 200],
		['no content', 204],
		['created', 201],
		['range', 416],
		['auth', 401],
		['token expired', 401],
		['jwt', 401],
		['invalid json', 400],
		['throttle', 429],
		['censored', 451],
	])('%s puts %i first', (query, code) => {
		expect(codes(query)[0]).toBe(code);
	});

	it('too many redirects points at the redirect codes, not at 429 Too Many Requests', () => {
		expect(codes('too many redirects').slice(0, 2).sort()).toEqual([301, 302]);
	});

	it('a vendor word ranks below a name that starts with the query', () => {
		// 529 has Qualys SSL Labs as a second vendor; the SSL-named codes come first.
		expect(codes('ssl').slice(0, 3)).not.toContain(529);
		expect([495, 496, 525, 526]).toContain(codes('ssl')[0]);
		// With no name to compete, the vendor's own codes lead.
		expect(codes('cloudflare').slice(0, 5).every((c) => c >= 520 && c <= 530)).toBe(true);
	});

	it('retry-after finds both 429 and 503 before anything else', () => {
		expect(codes('retry-after').slice(0, 2).sort()).toEqual([429, 503]);
		expect(codes('Retry After').slice(0, 2).sort()).toEqual([429, 503]);
	});

	it('csrf finds Laravel 419 and 403 first', () => {
		expect(codes('csrf').slice(0, 2).sort()).toEqual([403, 419]);
	});

	it('cookie too large finds 431 and the nginx 494 first', () => {
		expect(codes('cookie too large').slice(0, 2).sort()).toEqual([431, 494]);
	});

	it.each([
		['cloudflare', [520, 521, 522, 523, 524, 525, 526, 527, 530]],
		['nginx', [444, 494, 495, 496, 497, 499]],
		['aws', [460, 463, 464, 561]],
		['alb', [460, 463, 464, 561]],
	])('vendor query %s lists that vendor’s codes first', (query, expected) => {
		expect(codes(query).slice(0, expected.length).sort()).toEqual(expected);
	});

	it.each([
		['ssl handshake', 525],
		['origin down', 521],
		['pantheon', 530],
		['not an http status', 0],
		['network error', 0],
		['page expired', 419],
		['enhance your calm', 420],
		['client closed request', 499],
	])('symptom or vendor name %s puts %i first', (query, code) => {
		expect(codes(query)[0]).toBe(code);
	});

	it('timeout finds 408 and 504 first', () => {
		expect(codes('timeout').slice(0, 2).sort()).toEqual([408, 504]);
	});

	it('a code prefix lists the matching codes in numeric order', () => {
		expect(codes('50')).toEqual(records.filter((r) => String(r.code).startsWith('50')).map((r) => r.code));
		expect(codes('50').slice(0, 3)).toEqual([500, 501, 502]);
		expect(codes('4').length).toBe(records.filter((r) => String(r.code).startsWith('4')).length);
		expect(codes('4')).toEqual([...codes('4')].sort((a, b) => a - b));
		expect(codes('20')).toEqual([200, 201, 202, 203, 204, 205, 206, 207, 208]);
	});

	it('a class query means that class, in any case', () => {
		expect(codes('4xx')).toEqual(records.filter((r) => r.code >= 400 && r.code < 500).map((r) => r.code));
		expect(codes('6xx')).toEqual([]);
		expect(codes('5XX')).toEqual(codes('5xx'));
		// Typed on the way to 5xx, 5x is the class already.
		expect(codes('5x')).toEqual(codes('5xx'));
		expect(codes('5x timeout')[0]).toBe(504);
		expect(codes('1xx')).toEqual([100, 101, 102, 103, 104]);
	});

	it('an unknown code or nonsense matches nothing', () => {
		expect(codes('999')).toEqual([]);
		expect(codes('299')).toEqual([]);
		expect(codes('zzqxj')).toEqual([]);
		expect(codes('6xx')).toEqual([]);
	});

	it('chips restrict the results and combine with the query', () => {
		expect(codes('timeout', ['4xx'])[0]).toBe(408);
		expect(filterClasses(searcher.search('timeout'), new Set(['4xx']), true).map((r) => r.code)).toEqual([408]);
		expect(codes('timeout', ['5xx'])[0]).toBe(504);
		expect(codes('', ['1xx', '2xx'])).toEqual(records.filter((r) => r.code >= 100 && r.code < 300).map((r) => r.code));
		expect(filterClasses(searcher.search(''), new Set(), true)).toEqual(official);
		expect(codes('404', ['5xx'])).toEqual([]);
	});

	it('an empty or blank query lists every code in order', () => {
		const all = records.map((r) => r.code);
		expect(codes('')).toEqual(all);
		expect(codes('   \t ')).toEqual(all);
	});

	it('a code with words narrows to that code', () => {
		expect(codes('404 not found')).toEqual([404]);
		expect(codes('5xx timeout')[0]).toBe(504);
	});
});

describe('hostile queries', () => {
	it.each(HOSTILE_QUERIES.filter((q) => q.trim()))('%s returns without throwing and matches almost nothing', (query) => {
		expect(() => codes(query)).not.toThrow();
		expect(codes(query).length).toBeLessThan(5);
	});

	it('symbols alone match nothing rather than everything', () => {
		expect(codes('((((')).toEqual([]);
		expect(codes('🙂')).toEqual([]);
		expect(codes('</>')).toEqual([]);
	});

	it('normalise caps the length and strips markup characters', () => {
		expect(normalise('x'.repeat(5000)).length).toBe(MAX_QUERY_LENGTH);
		expect(normalise('<b>Gone</b>')).toBe('b gone b');
		expect(normalise('Café—Résumé')).toBe('cafe resume');
	});

	it('search still works after a hostile query', () => {
		codes('((((');
		codes('x'.repeat(5000));
		expect(codes('404')).toEqual([404]);
	});
});

describe('before fuse.js has loaded', () => {
	const precise = createSearcher(records);
	it.each(['404', 'not found', 'gate', '5xx', 'too many requests', 'cloudflare'])('"%s" ranks exactly as with it', (query) => {
		expect(precise.search(query)).toEqual(searcher.search(query));
	});
	it('a typo finds nothing yet, and finds its code once fuse.js is there', () => {
		expect(precise.search('forbiden')).toEqual([]);
		expect(searcher.search('forbiden')[0].code).toBe(403);
	});
});
