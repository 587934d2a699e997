import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import Fuse from 'fuse.js/basic';
import { createPreciseCandidates, createSearcher, indexRecords, preciseTier, type Searcher } from '../../src/lib/search';
import { grpcToken } from '../../src/lib/grpc-token';
import { createWordFuzzy, FUSE_OPTIONS } from '../../src/lib/word-fuzzy';
import { toSearchRecord, type SearchIndex } from '../../src/lib/search-records';
import { codesFrom } from './code-fixtures';
import { PASTE_TABLE } from '../fixtures/paste-table';

// A fresh build of the real content for this file alone, so no stale dist/ is ever read.
const scratch = mkdtempSync(join(tmpdir(), 'hsc-json-'));
const dist = join(scratch, 'dist');
const read = (path: string) => JSON.parse(readFileSync(`${dist}/${path}`, 'utf8'));

/** Builds the real content into `out`, with extra environment (SITE_URL, BASE_PATH). */
function build(out: string, env: Record<string, string> = {}): void {
	// Vitest mirrors import.meta.env (BASE_URL, MODE, …) into process.env; the build must not inherit it.
	const { BASE_URL, MODE, DEV, PROD, SSR, ...inherited } = process.env;
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		encoding: 'utf8',
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out, ...env },
	});
	if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}

beforeAll(() => build(dist), 180_000);
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
			const rows = ['content', 'caching', 'retry', 'protocol', 'status', ...facts.headers.map((h: { name: string }) => `header:${h.name}`)];
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

describe('JSON API: clients, gRPC and protocols (fields added within version 1)', () => {
	const read = (path: string) => JSON.parse(readFileSync(`${dist}/${path}`, 'utf8'));

	it('/302.json carries the client matrix rows of 302, with the PUT divergence and its sources', () => {
		const { clients } = read('302.json');
		const put = clients.find((row: { behaviour: string }) => row.behaviour === 'put-301-302');
		expect(put.disagree).toBe(true);
		const cell = (id: string) => put.cells.find((c: { client: string }) => c.client === id);
		expect(cell('browser-fetch')).toMatchObject({ value: 'Kept', normalised: 'kept' });
		expect(cell('requests')).toMatchObject({ normalised: 'get on 302', source: { url: 'https://github.com/psf/requests/blob/v2.34.2/src/requests/sessions.py' } });
		expect(cell('go-net-http').verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('leaves clients empty and grpc null where no row applies', () => {
		expect(read('200.json')).toMatchObject({ clients: [], grpc: null });
	});

	it('maps 429 both ways in grpc, and is not an inverse', () => {
		expect(read('429.json').grpc).toEqual({ fromHttp: { name: 'UNAVAILABLE', number: 14 }, toHttp: [{ name: 'RESOURCE_EXHAUSTED', number: 8 }] });
		expect(read('412.json').grpc).toEqual({ fromHttp: { name: 'UNKNOWN', number: 2 }, toHttp: [] });
	});

	it('gives every registered code a protocol fact with its citations', () => {
		for (const code of read('codes.json').codes.filter((c: { official: boolean }) => c.official)) {
			expect(typeof code.facts.protocol.differs).toBe('boolean');
			expect(code.facts.citations.some((c: { fact: string }) => c.fact === 'protocol'), String(code.code)).toBe(true);
		}
		expect(read('101.json').facts.protocol.differs).toBe(true);
	});
});

describe('published files stay valid for consumers and hosts', () => {
	/** Every page directory of a build (`404/`, `guides/retries/`), the not-found page excepted. */
	function pages(root: string, prefix = ''): string[] {
		return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
			if (!entry.isDirectory() || entry.name.startsWith('_')) return [];
			const path = `${prefix}${entry.name}/`;
			const here = readdirSync(join(root, path)).includes('index.html') ? [path] : [];
			return [...here, ...pages(root, path)];
		});
	}
	const locs = (root: string) =>
		[...readFileSync(join(root, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

	it('ships the search keywords of other meanings, and the legacy names the island reads from the list', () => {
		const keywords: Record<string, string[]> = read('search-index.json').codes;
		expect(keywords['451']).toEqual(expect.arrayContaining(['Microsoft Exchange ActiveSync']));
		expect(keywords['499']).toEqual(expect.arrayContaining(['Esri ArcGIS']));
		const index = readFileSync(join(dist, 'index.html'), 'utf8');
		const row = (code: number) => new RegExp(`<li[^>]*data-code="${code}"[^>]*>`).exec(index)?.[0] ?? '';
		expect(row(302)).toMatch(/data-aliases="[^"]*Moved Temporarily/);
		expect(row(413)).toMatch(/data-aliases="[^"]*Request Entity Too Large/);
		expect(row(522)).toMatch(/data-vendor="Cloudflare"/);
	});

	it('keeps every field of the published version 1 schema, with its type (fields may only be added)', () => {
		// tests/fixtures/codes-schema-v1-paths.json is a snapshot of the schema's field paths and types.
		// A field that is renamed, removed or retyped fails here; a new one is added to the snapshot.
		const paths: Record<string, string> = {};
		const walk = (node: Record<string, any> | undefined, path: string): void => {
			if (!node || typeof node !== 'object') return;
			const variants: Record<string, any>[] = node.anyOf ?? [];
			const types = [node.type, ...variants.map((a) => a.type)].flat().filter(Boolean);
			if (path) paths[path] = [...new Set(types)].sort().join('|') || 'any';
			for (const part of [node, ...variants]) {
				for (const [key, value] of Object.entries(part.properties ?? {})) walk(value as Record<string, any>, path ? `${path}.${key}` : key);
				if (part.items) walk(part.items, `${path}[]`);
			}
		};
		walk(read('codes.schema.json'), '');
		const published: Record<string, string> = JSON.parse(readFileSync('tests/fixtures/codes-schema-v1-paths.json', 'utf8'));
		for (const [path, type] of Object.entries(published)) expect(paths[path], path).toBe(type);
	});

	it('accepts a version 1 document that has gained a field, at the top and inside a code', () => {
		const validate = new Ajv2020({ strict: false }).compile(read('codes.schema.json'));
		const doc = read('codes.json');
		doc.generated = '2027-01-01';
		doc.codes[0].newField = { any: 'thing' };
		doc.codes[0].facts = doc.codes.find((c: { facts: unknown }) => c.facts).facts;
		doc.codes[0].facts.citations[0].page = 12;
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
		doc.codes[0].code = 600;
		expect(validate(doc)).toBe(false);
	});

	it('lists every page in the sitemap, 404 and 500 included, and not the not-found page', () => {
		const expected = ['', ...pages(dist)].map((p) => `https://http-status.example.org/${p}`).sort();
		expect(locs(dist).sort()).toEqual(expected);
		expect(expected).toContain('https://http-status.example.org/404/');
		expect(expected).toContain('https://http-status.example.org/500/');
	});

	it('puts the schema $id, the sitemap and the app identity under the base path', () => {
		const sub = join(scratch, 'docs');
		build(sub, { BASE_PATH: '/docs/', SITE_URL: 'https://example.org' });
		expect(JSON.parse(readFileSync(join(sub, 'codes.schema.json'), 'utf8')).$id).toBe('https://example.org/docs/codes.schema.json');
		expect(locs(sub)).toContain('https://example.org/docs/404/');
		expect(locs(sub).every((loc) => loc.startsWith('https://example.org/docs/'))).toBe(true);
		// No "id": the app id then defaults to start_url, which resolves under the base path.
		const manifest = JSON.parse(readFileSync(join(sub, 'manifest.webmanifest'), 'utf8'));
		expect(manifest.id).toBeUndefined();
		expect(new URL(manifest.start_url, 'https://example.org/docs/manifest.webmanifest').pathname).toBe('/docs/');
		// The index preloads its island's scripts, under the base path, each a file that exists.
		for (const [dir, prefix] of [[dist, '/'], [sub, '/docs/']] as const) {
			const html = readFileSync(join(dir, 'index.html'), 'utf8');
			const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
			const island = html.match(/component-url="([^"]+)"/)![1];
			expect(preloads).toContain(island);
			expect(preloads.length).toBeGreaterThanOrEqual(3);
			for (const href of preloads) {
				expect(href.startsWith(`${prefix}_astro/`), href).toBe(true);
				expect(readFileSync(join(dir, href.slice(prefix.length)), 'utf8').length).toBeGreaterThan(0);
			}
			expect(preloads.some((href) => href.includes('fuse')), 'fuse.js loads lazily').toBe(false);
		}
	}, 180_000);
});

describe('pasted identifiers, on the built search index', () => {
	// The island's records: each code as its list row carries it (toSearchRecord, the same function
	// the build uses) with the keywords of the built /search-index.json, and the built index's entries.
	let searcher: Searcher;
	beforeAll(() => {
		const index: SearchIndex = read('search-index.json');
		const codes = codesFrom().map(toSearchRecord).map((r) => ({ ...r, keywords: index.codes[r.code] ?? [] }));
		searcher = createSearcher([...codes, ...index.entries], Fuse);
	});

	it('has a table of at least 40 pastes', () => expect(PASTE_TABLE.length).toBeGreaterThanOrEqual(40));

	// The island scores typos from one Fuse search over the distinct words (src/lib/word-fuzzy.ts);
	// it must give what Fuse over the records gives: the same records, scores to the last bit, same order.
	it('scores typos exactly as Fuse over the records does, word for word', () => {
		const index: SearchIndex = read('search-index.json');
		const codes = codesFrom().map(toSearchRecord).map((r) => ({ ...r, keywords: index.codes[r.code] ?? [] }));
		const items = indexRecords([...codes, ...index.entries]);
		const fuzzy = createWordFuzzy(Fuse, items);
		const vocabulary = [...new Set(items.flatMap((i) => i.words))];
		// Typos made from real words (a letter dropped, two swapped, one doubled), real ones, and noise.
		const typos = vocabulary
			.filter((_, i) => i % 7 === 0)
			.flatMap((w) => [w.slice(1), w.slice(0, -1), w.length > 3 ? w[1] + w[0] + w.slice(2) : w + w.at(-1)])
			.concat(['forbiden', 'gatway', 'timout', 'servce', 'unavailabel', 'qqqq', 'zzzzzzzz', 'authorizaton', 'cloudflar', 'ab', 'xyz', 'internalservererror', 'unprocessableentity', 'ratelimitexceeded']);
		expect(typos.length).toBeGreaterThan(300);
		let hits = 0;
		for (const part of [items.filter((i) => !i.entry), items.filter((i) => i.entry)]) {
			const fuse = new Fuse(part, FUSE_OPTIONS);
			for (const word of typos) {
				const expected = fuse.search(word).map((h) => [h.item.record.key, h.score]);
				expect(fuzzy.search(word, part).map((h) => [h.item.record.key, h.score]), word).toEqual(expected);
				hits += expected.length;
			}
		}
		expect(hits).toBeGreaterThan(1000);
		// About 1,000 Fuse searches: 3 s on a quiet machine, 9 s on a busy one. A correctness test, not a timed one.
	}, 60_000);

	// The precise pass looks only at the candidates the word index gives; no precise match may be missed.
	it('finds every precise match through the word index, for every start of every title, keyword and vendor', () => {
		const index: SearchIndex = read('search-index.json');
		const codes = codesFrom().map(toSearchRecord).map((r) => ({ ...r, keywords: index.codes[r.code] ?? [] }));
		const items = indexRecords([...codes, ...index.entries]);
		const candidates = createPreciseCandidates(items);
		const texts = new Set(items.flatMap((i) => [...i.titles, ...i.keywords, i.vendor]).flatMap((t) => [...t].map((_, n) => t.slice(0, n + 1).trim())));
		const vocabulary = [...new Set(items.flatMap((i) => i.words))];
		for (let i = 0; i < vocabulary.length; i += 5) texts.add(`${vocabulary[i]} ${vocabulary[(i * 7) % vocabulary.length].slice(0, 3)}`);
		let matches = 0;
		for (const text of [...texts].filter((t, n) => t && n % 3 === 0)) {
			const words = text.split(' ').filter(Boolean);
			const grpc = grpcToken(words);
			const found = candidates(words, grpc);
			for (const item of items) {
				if (preciseTier(item, words.join(' '), words) === undefined && !item.words.includes(grpc)) continue;
				matches++;
				if (!found.has(item)) expect.fail(`"${text}" matches ${item.record.key} precisely, but the word index does not give it`);
			}
		}
		expect(matches).toBeGreaterThan(20_000);
	}, 60_000);

	it.each(PASTE_TABLE)('"%s" puts %s first with at most %i results', (query, first, max) => {
		const keys = searcher.search(query).map((r) => r.key);
		expect(keys[0], keys.slice(0, 5).join(' ')).toBe(first);
		expect(keys.length, keys.join(' ')).toBeLessThanOrEqual(max);
	});

	it('ships every entry with the fields a result row needs, and links that exist', () => {
		const index: SearchIndex = read('search-index.json');
		expect(index.entries.length).toBeGreaterThanOrEqual(120);
		for (const entry of index.entries) {
			expect(entry).toMatchObject({ key: expect.stringMatching(/^[a-z-]+\/[a-z0-9.-]+$/), id: expect.any(String), label: expect.any(String), short: expect.any(String) });
			const page = readFileSync(join(dist, entry.href, 'index.html'), 'utf8');
			const text = page.replace(/&(quot|#34|amp|#39|lt|gt);/g, (_, e) => ({ quot: '"', '#34': '"', amp: '&', '#39': "'", lt: '<', gt: '>' })[e as string]!);
			expect(text, entry.href).toContain(entry.label);
		}
	});
});
