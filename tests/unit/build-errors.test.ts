import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'hsc-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a real `astro build` over one fixture folder and returns its exit code and output. */
function buildFixture(fixture: string) {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		env: {
			...process.env,
			CONTENT_DIR: `tests/fixtures/invalid/${fixture}`,
			OUT_DIR: join(scratch, fixture),
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
		},
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// Each row: fixture folder, the file the message must name, the field it must name.
const CASES: [string, string, string][] = [
	['wrong-type', 'wrong-type/200.md', 'summary'],
	['missing-name', 'missing-name/200.md', 'name'],
	['unknown-key', 'unknown-key/200.md', 'colour'],
	['code-out-of-range', 'code-out-of-range/700.md', 'code'],
	['insecure-spec-url', 'insecure-spec-url/200.md', 'spec.url'],
	['status-without-note', 'status-without-note/200.md', 'statusNote'],
	['unofficial-without-vendor', 'unofficial-without-vendor/444.md', 'vendor'],
	['unofficial-without-source', 'unofficial-without-source/444.md', 'source'],
	['file-name-mismatch', 'file-name-mismatch/500.md', 'code'],
	['duplicate-code', 'duplicate-code/404-copy.md', 'code'],
	['related-missing', 'related-missing/200.md', 'related'],
];

describe('npm run build on a malformed content folder', () => {
	it.each(CASES)('%s fails the build naming %s and %s', (fixture, file, field) => {
		const { status, output } = buildFixture(fixture);
		expect(status).not.toBe(0);
		expect(output).toContain(file);
		expect(output).toMatch(new RegExp(`\\b${field.replace('.', '\\.')}\\b`));
	}, 60_000);
});
