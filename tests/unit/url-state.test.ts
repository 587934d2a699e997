import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../src/lib/url-state';
import { queryFromPath } from '../../src/lib/not-found';
import { MAX_QUERY_LENGTH } from '../../src/lib/search';

describe('url state', () => {
	it('reads q and class', () => {
		expect(readState('?q=gateway&class=4xx,5xx')).toEqual({ q: 'gateway', classes: ['4xx', '5xx'], officialOnly: false });
		expect(readState('?official=1').officialOnly).toBe(true);
		for (const on of ['1', 'true', 'TRUE', 'yes', 'on']) expect(readState(`?official=${on}`).officialOnly, on).toBe(true);
		for (const off of ['0', 'false', 'no', '', 'maybe']) expect(readState(`?official=${off}`).officialOnly, off).toBe(false);
	});

	it('ignores unknown, duplicate and hostile class values and keeps class order', () => {
		expect(readState('?class=5XX,9xx,<script>,4xx,4xx')).toEqual({ q: '', classes: ['4xx', '5xx'], officialOnly: false });
		expect(readState('?class=')).toEqual({ q: '', classes: [], officialOnly: false });
	});

	it('reads repeated parameters and writes them back in one canonical form', () => {
		const state = readState('?class=4xx&class=5xx&class=2XX,9xx&official=true');
		expect(state).toEqual({ q: '', classes: ['2xx', '4xx', '5xx'], officialOnly: true });
		expect(writeState('?class=4xx&class=5xx&official=true', state)).toBe('?class=2xx,4xx,5xx&official=1');
	});

	it('survives malformed percent-encoding and caps the query', () => {
		expect(() => readState('?q=%E0%A4%A&class=%')).not.toThrow();
		expect(readState(`?q=${'a'.repeat(5000)}`).q.length).toBe(MAX_QUERY_LENGTH);
	});

	it('writes a readable query string and removes empty values', () => {
		expect(writeState('', { q: 'rate limit', classes: ['5xx', '4xx'], officialOnly: false })).toBe(
			'?q=rate+limit&class=4xx,5xx',
		);
		expect(writeState('?q=x&class=1xx&official=1', { q: '', classes: [], officialOnly: false })).toBe('');
		expect(writeState('?q=x', { q: '   ', classes: [], officialOnly: false })).toBe('');
		expect(writeState('', { q: '', classes: [], officialOnly: true })).toBe('?official=1');
	});

	it('keeps unrelated parameters', () => {
		expect(writeState('?utm_source=a', { q: '404', classes: [], officialOnly: false })).toBe('?utm_source=a&q=404');
	});

	it.each([
		{ q: 'gateway', classes: ['5xx'] as const, officialOnly: false },
		{ q: "I'm a teapot & <b>", classes: [], officialOnly: true },
		{ q: '', classes: ['1xx', '3xx'] as const, officialOnly: false },
	])('round-trips %o', (state) => {
		const copy = { ...state, classes: [...state.classes] };
		expect(readState(writeState('', copy))).toEqual(copy);
	});

	it('turns an unknown address into the search it most likely meant', () => {
		expect(queryFromPath('/status/429/', MAX_QUERY_LENGTH)).toBe('429');
		expect(queryFromPath('/http/418', MAX_QUERY_LENGTH)).toBe('418');
		expect(queryFromPath('/too-many-requests.html', MAX_QUERY_LENGTH)).toBe('too many requests');
		expect(queryFromPath('/codes/gateway_timeout/', MAX_QUERY_LENGTH)).toBe('gateway timeout');
		expect(queryFromPath('/caf%C3%A9/', MAX_QUERY_LENGTH)).toBe('café');
		expect(queryFromPath('/', MAX_QUERY_LENGTH)).toBe('');
		expect(queryFromPath('/status/index.html', MAX_QUERY_LENGTH)).toBe('');
	});

	it('keeps hostile or broken addresses as plain, capped text', () => {
		expect(queryFromPath('/%E0%A4%A/', MAX_QUERY_LENGTH)).toBe('%E0%A4%A');
		expect(queryFromPath('/%3Cscript%3Ealert(1)%3C%2Fscript%3E/', MAX_QUERY_LENGTH)).toBe('<script>alert(1)< script>');
		expect(queryFromPath(`/${'x'.repeat(5000)}/`, MAX_QUERY_LENGTH).length).toBe(MAX_QUERY_LENGTH);
	});

	it('strips control and bidi characters and decoded slashes from the suggestion', () => {
		expect(queryFromPath('/%E2%80%AEexe.gnp/', MAX_QUERY_LENGTH)).toBe('exe gnp');
		expect(queryFromPath('/%00/', MAX_QUERY_LENGTH)).toBe('');
		expect(queryFromPath('/to%00o-ma%E2%80%8Bny/', MAX_QUERY_LENGTH)).toBe('too many');
		expect(queryFromPath('/..%2f..%2fetc%2fpasswd', MAX_QUERY_LENGTH)).toBe('etc passwd');
		expect(queryFromPath('/a%5C..%5Cb/', MAX_QUERY_LENGTH)).toBe('a b');
	});
});
