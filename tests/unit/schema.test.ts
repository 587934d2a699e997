import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/schema';
import { readMarkdown } from './content-files';

describe('codeSchema', () => {
	// Every real file is checked by the build and by content-check.test.ts; these are the schema's edges.
	it('fills defaults for optional lists', () => {
		const { frontmatter } = readMarkdown('tests/fixtures/valid/200.md');
		const { aliases, keywords, ...rest } = frontmatter;
		const data = codeSchema.parse(rest);
		expect(data.aliases).toEqual([]);
		expect(data.keywords).toEqual([]);
		expect(data.status).toBe('standard');
	});

	// Broken fixtures are checked once each, by a real build: tests/unit/build-errors.test.ts.
	it.each([
		[99, false],
		[100, true],
		[599, true],
		[600, false],
		[0, true],
	])('accepts code %i: %s (0 and 100–599 only)', (code, ok) => {
		const { frontmatter } = readMarkdown('tests/fixtures/valid/200.md');
		const data = { ...frontmatter, code, ...(code === 0 ? { status: 'unofficial', spec: undefined, vendor: 'Fixture', source: { title: 'Fixture source', url: 'https://example.test/' }, seeing: 'a fixture needs a vendor meaning' } : {}) };
		expect(codeSchema.safeParse(data).success).toBe(ok);
	});
});
