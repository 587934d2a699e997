import { describe, expect, it } from 'vitest';
import { groupByClass } from '../../src/lib/code-model';
import { rowHtml, toSearchIndex, toSearchRecord } from '../../src/lib/search-records';
import { codesFrom } from './code-fixtures';

const codes = codesFrom();
const code = (n: number) => codes.find((c) => c.data.code === n)!;

describe('the derived code model', () => {
	it('sorts codes and links each to its neighbours', () => {
		expect(codes.map((c) => c.data.code)).toEqual([...codes.map((c) => c.data.code)].sort((a, b) => a - b));
		expect(code(404).prev?.data.code).toBe(403);
		expect(code(404).next?.data.code).toBe(405);
		expect(codes[0].prev).toBeUndefined();
		expect(codes.at(-1)!.next).toBeUndefined();
	});

	it('resolves related codes to their pages, keeping "use instead when"', () => {
		const [first] = code(429).related;
		expect(first.code).toBe(code(503));
		expect(first.when).toMatch(/overloaded/);
	});

	it('gives facts to registered codes only, and names classes once', () => {
		expect(code(429).facts?.facts.caching.value).toBe('never');
		expect(code(522).facts).toBeNull();
		expect(code(404).classLabel).toBe('Client Error');
		expect(code(0).classLabel).toBe('Not an HTTP status');
		expect(code(522).label).toBe('522 Connection Timed Out (Cloudflare)');
	});

	it('groups by class in order, with the codes that are no HTTP status last', () => {
		const groups = groupByClass(codes);
		expect(groups.map((g) => g.id)).toEqual(['1xx', '2xx', '3xx', '4xx', '5xx', 'none']);
		expect(groups.flatMap((g) => g.codes)).toHaveLength(codes.length);
		expect(groupByClass([code(404)]).map((g) => g.id)).toEqual(['4xx']);
	});
});

describe('search records', () => {
	it('carry the copy label and the other meanings as keywords', () => {
		const record = toSearchRecord(code(451));
		expect(record.label).toBe('451 Unavailable For Legal Reasons');
		expect(record.keywords).toEqual(expect.arrayContaining(['Microsoft Exchange ActiveSync']));
		expect(toSearchRecord(code(522))).toMatchObject({ vendor: 'Cloudflare', label: '522 Connection Timed Out (Cloudflare)' });
		expect(toSearchIndex([record])).toEqual({ codes: { 451: record.keywords }, entries: [] });
	});

	it('write one row per record with its number, name, meaning and label, escaped', () => {
		const record = toSearchRecord(code(499));
		const row = rowHtml(record);
		expect(row).toMatch(/^<li class="code-row" data-code="499" data-vendor="nginx">/);
		expect(row).toContain('<span data-name>Client Closed Request</span>');
		expect(row).toContain(`<span class="row-short">${record.short}`);
		expect(row).toContain('also Esri ArcGIS: Token Required');
		expect(row).toContain('data-label="499 Client Closed Request (nginx)"');
		const hostile = rowHtml({ ...record, name: '<img src=x onerror=alert(1)>', label: '"><script>', aliases: ['a"b'] });
		expect(hostile).not.toMatch(/<img|<script|a"b/);
		expect(hostile).toContain('data-label="&quot;&gt;&lt;script&gt;"');
		expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('write an entry row with its identifier, platform and the status it travels with', () => {
		const row = rowHtml({ code: 403, key: 'cloudflare/1020', id: '1020', name: 'Access Denied', aliases: ['error 1020'], keywords: [], vendor: 'Cloudflare', label: 'Cloudflare 1020 Access Denied (403)', short: 'Blocked by a rule', href: '/cloudflare/1020/' });
		expect(row).toMatch(/^<li class="code-row" data-key="cloudflare\/1020">/);
		expect(row).toContain('<span class="num tone-4xx">403</span>');
		expect(row).toContain('<b class="font-mono">1020</b> <span data-name>Access Denied</span> <span class="vendor">Cloudflare</span>');
		expect(row).not.toContain('data-aliases');
	});
});
