import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'hsc-broken-'));
const noConstants = join(scratch, 'no-constants');
mkdirSync(noConstants);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs a real `astro build` over a content folder; a fixture's own `constants/` stands in for
 * src/data/constants. Asynchronous, so two builds run at once (describe.concurrent below).
 */
function build(contentDir: string, out: string): Promise<{ status: number; stdout: string; stderr: string }> {
	// Vitest mirrors import.meta.env (BASE_URL, MODE, …) into process.env; the build must not inherit it.
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
	const env = {
		...inherited,
		CONTENT_DIR: contentDir,
		CONSTANTS_DIR: existsSync(join(contentDir, 'constants')) ? join(contentDir, 'constants') : noConstants,
		OUT_DIR: out,
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
	};
	return new Promise((resolve) => {
		execFile(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8' }, (error, stdout, stderr) => {
			resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
		});
	});
}

const F = 'tests/fixtures/invalid';

// Each row: the fixture folder, and the whole first line the build must print.
const CASES: [string, string][] = [
	['wrong-type', `${F}/wrong-type/200.md: summary: Invalid input: expected string, received number (got 42)`],
	['missing-name', `${F}/missing-name/200.md: name: is required`],
	['unknown-key', `${F}/unknown-key/200.md: colour: unknown field; the fields are listed in the README's table`],
	['code-out-of-range', `${F}/code-out-of-range/700.md: code: must be 0 or within 100–599 (got 700)`],
	['code-600', `${F}/code-600/600.md: code: must be 0 or within 100–599 (got 600)`],
	['insecure-spec-url', `${F}/insecure-spec-url/200.md: spec.url: must be an https URL (got "http://example.com/rfc9110")`],
	['spec-url-not-a-url', `${F}/spec-url-not-a-url/200.md: spec.url: must be an https URL (got "RFC 9110")`],
	['malformed-yaml', `${F}/malformed-yaml/200.md: summary: YAML error on line 4: Missing closing "quote`],
	['status-without-note', `${F}/status-without-note/200.md: statusNote: is required when status is not "standard"`],
	['status-note-on-standard', `${F}/status-note-on-standard/200.md: statusNote: is only for a flagged registry status, not "standard" (it would not be shown)`],
	['unofficial-without-vendor', `${F}/unofficial-without-vendor/444.md: vendor: is required when status is "unofficial"`],
	['unofficial-without-source', `${F}/unofficial-without-source/444.md: source: is required when status is "unofficial"`],
	['missing-section', `${F}/missing-section/200.md: body: missing section "## Common causes"`],
	['example-not-http', `${F}/example-not-http/200.md: Example: needs exactly one \`\`\`http block, plus \`\`\`text blocks for log lines if any (found \`\`\`text)`],
	['raw-html', `${F}/raw-html/200.md: body: raw HTML is not allowed, content is markdown (found "<script" on line 19)`],
	['upper-case-extension', `${F}/upper-case-extension/200.MD: file name: a code file is named <code>.md, in lower case (e.g. 418.md)`],
	['file-name-mismatch', `${F}/file-name-mismatch/500.md: code: is 501 but the file name says 500; name the file 501.md`],
	['duplicate-code', `${F}/duplicate-code/404.md: code: 404 is already defined in ${F}/duplicate-code/0404.md`],
	['related-missing', `${F}/related-missing/200.md: related: code 201 has no content file`],
	['related-twice', `${F}/related-twice/200.md: related: lists 404 twice`],
	['guide-missing-code', `${F}/guide-missing-code/guides/fixture-guide.md: codes: code 599 has no content file`],
	['constants-without-page', `${F}/constants-without-page/constants/go.json: constants: code 299 has no content file`],
];

describe.concurrent('npm run build on a malformed content folder', () => {
	it('has a row for every fixture folder', () => {
		expect(readdirSync(F).sort()).toEqual(CASES.map(([fixture]) => fixture).sort());
	});

	it.each(CASES)('%s stops the build with one line naming the file and the field', async (fixture, first) => {
		const { status, stdout, stderr } = await build(`${F}/${fixture}`, join(scratch, fixture));
		expect(status).toBe(1);
		expect(stderr.split('\n')[0]).toBe(first);
		// Nothing else: no Astro banner before it, no stack trace after it.
		expect(stdout.trim()).toBe('');
		expect(stderr).not.toMatch(/node_modules|^\s+at /m);
	}, 60_000);

	it('builds a content file saved with CRLF line endings', async () => {
		const dir = join(scratch, 'crlf');
		cpSync('tests/fixtures/valid', dir, { recursive: true });
		for (const name of readdirSync(dir)) {
			writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replace(/\n/g, '\r\n'));
		}
		const { status, stderr } = await build(dir, join(scratch, 'crlf-out'));
		expect(stderr).not.toMatch(/content\//);
		expect(status).toBe(0);
		expect(readFileSync(join(scratch, 'crlf-out', '404', 'index.html'), 'utf8')).toContain('404 Not Found');
	}, 120_000);
});
