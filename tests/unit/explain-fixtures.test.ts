import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { explain } from '../../src/lib/explain/explain';
import { FORMATS } from '../../src/lib/explain/types';

const ROOT = join(import.meta.dirname, '../fixtures/explain');

interface Expectation {
	format: string;
	statuses: (number | null)[];
	senders: string[];
	origin: string;
}

/** Every fixture: `<format>/<name>.<ext>` beside `<name>.expect.json`. */
const fixtures = readdirSync(ROOT).flatMap((format) =>
	readdirSync(join(ROOT, format))
		.filter((file) => !file.endsWith('.expect.json'))
		.map((file) => {
			const name = file.replace(/\.[^.]+$/, '');
			const expected = JSON.parse(readFileSync(join(ROOT, format, `${name}.expect.json`), 'utf8')) as Expectation;
			return { folder: format, file, text: readFileSync(join(ROOT, format, file), 'utf8'), expected };
		}),
);

describe('the fixture corpus', () => {
	test('holds at least 40 inputs across at least 10 formats, each saying where its shape comes from', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(40);
		expect(new Set(fixtures.map((f) => f.folder)).size).toBeGreaterThanOrEqual(10);
		for (const f of fixtures) {
			expect(Object.keys(FORMATS), f.file).toContain(f.folder);
			expect(f.expected.format, f.file).toBe(f.folder);
			expect(f.expected.origin.length, `${f.file} origin`).toBeGreaterThan(15);
			expect(f.expected.senders, `${f.file} senders align with statuses`).toHaveLength(f.expected.statuses.length);
		}
	});

	for (const f of fixtures) {
		test(`${f.folder}/${f.file}: format and every status`, () => {
			const report = explain(f.text);
			expect(report.problem).toBeUndefined();
			expect(report.format).toBe(f.expected.format);
			expect(report.items.map((i) => i.status)).toEqual(f.expected.statuses);
		});
	}

	test('names the right sender for at least 90% of the fixtures (misses listed)', () => {
		const misses = fixtures
			.map((f) => ({ f, got: explain(f.text).items.map((i) => i.sender) }))
			.filter(({ f, got }) => JSON.stringify(got) !== JSON.stringify(f.expected.senders))
			.map(({ f, got }) => `${f.folder}/${f.file}: expected ${f.expected.senders.join(',')}, got ${got.join(',')}`);
		const rate = 1 - misses.length / fixtures.length;
		if (misses.length) console.log(`sender misses (${misses.length}):\n${misses.join('\n')}`);
		expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
	});
});
