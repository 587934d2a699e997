import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/schema';
import { readFolder, readMarkdown } from './content-files';

const INVALID = 'tests/fixtures/invalid';

describe('codeSchema', () => {
	it.each(readFolder('content').map((file) => [file.filePath, file] as const))(
		'%s passes the schema',
		(_, file) => {
			const result = codeSchema.safeParse(file.frontmatter);
			expect(result.error?.issues ?? []).toEqual([]);
		},
	);

	it('fills defaults for optional lists', () => {
		const { frontmatter } = readMarkdown('tests/fixtures/valid/200.md');
		const { aliases, keywords, ...rest } = frontmatter;
		const data = codeSchema.parse(rest);
		expect(data.aliases).toEqual([]);
		expect(data.keywords).toEqual([]);
		expect(data.status).toBe('standard');
	});

	const cases: [string, string][] = [
		['wrong-type', 'summary'],
		['missing-name', 'name'],
		['unknown-key', 'colour'],
		['code-out-of-range', 'code'],
		['insecure-spec-url', 'spec.url'],
		['status-without-note', 'statusNote'],
		['unofficial-without-vendor', 'vendor'],
		['unofficial-without-source', 'source'],
	];
	it.each(cases)('the %s fixture fails on %s', (fixture, field) => {
		const [file] = readFolder(`${INVALID}/${fixture}`);
		const result = codeSchema.safeParse(file.frontmatter);
		expect(result.success).toBe(false);
		const named = result.error!.issues.map((issue) =>
			[...issue.path, ...('keys' in issue ? issue.keys : [])].join('.'),
		);
		expect(named).toContain(field);
	});
});
