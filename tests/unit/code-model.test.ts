import { describe, expect, it } from 'vitest';
import { groupByClass } from '../../src/lib/code-model';
import { fromDataset, toDataset, toKeywordIndex, toSearchRecord } from '../../src/lib/search-records';
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
		expect(toKeywordIndex([record])).toEqual({ 451: record.keywords });
	});

	it('survive the trip through the list row: every field but the keywords', () => {
		for (const n of [302, 413, 522, 0]) {
			const record = toSearchRecord(code(n));
			const attrs = toDataset(record);
			// A list row as CodeList renders it: the data-* attributes, the name and the copy button.
			const dataset = Object.fromEntries(
				Object.entries(attrs)
					.filter(([, v]) => v !== undefined)
					.map(([k, v]) => [k.slice(5), String(v)]),
			);
			const row = {
				dataset,
				querySelector: (selector: string) =>
					selector === '[data-name]' ? { textContent: ` ${record.name} ` } : selector === 'hsc-copy' ? { dataset: { label: record.label } } : null,
			} as unknown as HTMLElement;
			expect(fromDataset(row)).toEqual({ ...record, keywords: [] });
		}
	});
});
