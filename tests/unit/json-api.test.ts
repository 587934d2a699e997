import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';

// A fresh build of the real content for this file alone, so no stale dist/ is ever read.
const scratch = mkdtempSync(join(tmpdir(), 'hsc-json-'));
const dist = join(scratch, 'dist');
const read = (path: string) => JSON.parse(readFileSync(`${dist}/${path}`, 'utf8'));

beforeAll(() => {
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: dist },
	});
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('JSON API', () => {
	let all: { codes: { code: number }[] };
	let validate: ReturnType<Ajv2020['compile']>;
	beforeAll(() => {
		all = read('codes.json');
		validate = new Ajv2020({ strict: false }).compile(read('codes.schema.json'));
	});

	it('/codes.json validates against /codes.schema.json', () => {
		expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
	});

	it('/codes.json has one entry per content file, in order', () => {
		const files = readdirSync('content')
			.filter((name) => name.endsWith('.md'))
			.map((name) => Number(name.slice(0, -3)))
			.sort((a, b) => a - b);
		expect(all.codes.map((c) => c.code)).toEqual(files);
	});

	it('each /{code}.json equals its entry in /codes.json', () => {
		for (const entry of all.codes) expect(read(`${entry.code}.json`)).toEqual(entry);
	});

	it('/404.json carries facts, constants and an absolute page URL', () => {
		const code = read('404.json');
		expect(code).toMatchObject({ code: 404, name: 'Not Found', class: '4xx', official: true });
		expect(code.facts.cacheableByDefault).toBe(true);
		expect(code.constants.go.expression).toBe('http.StatusNotFound');
		expect(code.constants.python.expression).toBe('HTTPStatus.NOT_FOUND');
		expect(code.url).toMatch(/^https?:\/\/[^/]+\/404\/$/);
	});

	it('an unofficial code names its vendor and has no facts', () => {
		const code = read('522.json');
		expect(code.official).toBe(false);
		expect(code.facts).toBeNull();
		expect(code.meanings[0].vendor).toBe('Cloudflare');
		expect(code.label).toBe('522 Connection Timed Out (Cloudflare)');
	});
});

describe('JSON API: facts, citations and lifecycle', () => {
	const read = (path: string) => JSON.parse(readFileSync(`${dist}/${path}`, 'utf8'));

	it('cites a source for every facts row of every registered code', () => {
		for (const code of read('codes.json').codes.filter((c: { official: boolean }) => c.official)) {
			const facts = code.facts;
			const cited = new Set(facts.citations.map((c: { fact: string }) => c.fact));
			const rows = ['content', 'caching', 'retry', 'status', ...facts.headers.map((h: { name: string }) => `header:${h.name}`)];
			for (const row of rows) expect(cited.has(row), `${code.code} ${row}`).toBe(true);
			for (const cite of facts.citations) expect(Object.keys(cite).sort()).toEqual(['fact', 'quote', 'section', 'spec', 'url']);
		}
	});

	it('tells the caching cases apart and keeps cacheableByDefault for version 1', () => {
		expect(read('429.json').facts).toMatchObject({ caching: 'never', cacheableByDefault: false });
		expect(read('304.json').facts).toMatchObject({ caching: 'updates-stored', cacheableByDefault: false });
		expect(read('404.json').facts).toMatchObject({ caching: 'heuristic', cacheableByDefault: true });
		expect(read('302.json').facts).toMatchObject({ caching: 'explicit', cacheableByDefault: false });
		expect(read('429.json').facts.citations).toContainEqual({
			fact: 'caching',
			spec: 'RFC 6585',
			section: '4',
			url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
			quote: 'Responses with the 429 status code MUST NOT be stored by a cache.',
		});
	});

	it('gives every code a lifecycle and the document the registry dates', () => {
		const all = read('codes.json');
		expect(all.registry).toMatchObject({ url: expect.stringMatching(/^https:\/\/www\.iana\.org\//), updated: '2025-09-15' });
		expect(read('104.json').lifecycle).toMatchObject({ state: 'temporary', expires: '2026-11-13' });
		expect(read('510.json').lifecycle.state).toBe('obsoleted');
		expect(read('522.json').lifecycle).toMatchObject({ state: 'unofficial', expires: null });
		for (const code of all.codes) expect(code.lifecycle.checked).toBe(all.registry.checked);
	});
});
