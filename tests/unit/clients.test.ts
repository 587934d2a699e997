import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { BEHAVIOURS, cellSchema, clientSchema } from '../../src/lib/client-schema';
import { behaviourRows, disagrees, isNotApplicable, MATRIX_CODES, normaliseValue, rowsForCode, staleCells } from '../../src/lib/client-matrix';
import { clientsFrom, readClientFiles } from './client-files';

const clients = clientsFrom();
const today = new Date().toISOString().slice(0, 10);
const cell = { value: 'Yes (20 hops)', source: { title: 'undici lib/web/fetch/index.js', url: 'https://github.com/nodejs/undici/blob/v8.10.0/lib/web/fetch/index.js' }, verified: today };

describe('client files', () => {
	it.each(readClientFiles().map((f) => [f.id, f.raw]))('%s passes the schema', (_, raw) => {
		expect(() => clientSchema.parse(raw)).not.toThrow();
	});

	it('holds at least 12 clients and 10 behaviours, each behaviour researched for at least 12 clients', () => {
		expect(clients.length).toBeGreaterThanOrEqual(12);
		expect(BEHAVIOURS.length).toBeGreaterThanOrEqual(10);
		for (const row of behaviourRows(clients)) expect(row.cells.filter(Boolean).length, row.behaviour.id).toBeGreaterThanOrEqual(12);
	});

	it('covers browsers, Node, Python, Go, Java, .NET and curl', () => {
		const ids = clients.map((c) => c.id);
		for (const id of ['browser-navigation', 'browser-fetch', 'node-fetch', 'axios', 'got', 'ky', 'requests', 'httpx', 'urllib3', 'go-net-http', 'okhttp', 'dotnet-httpclient', 'curl']) {
			expect(ids).toContain(id);
		}
	});

	it('has no cell verified more than 12 months ago, or in the future', () => {
		expect(staleCells(clients, today)).toEqual([]);
	});

	it('names a source at a version for every cell: a tag or commit on GitHub, or the spec or vendor docs', () => {
		for (const client of clients) {
			for (const [behaviour, c] of Object.entries(client.cells)) {
				const where = `${client.id}/${behaviour}`;
				const url = new URL(c.source.url);
				expect(['github.com', 'fetch.spec.whatwg.org', 'chromium.googlesource.com', 'source.chromium.org'], where).toContain(url.hostname);
				if (url.hostname === 'github.com') expect(url.pathname, where).toMatch(/^\/[^/]+\/[^/]+\/blob\/[^/]+\/.+/);
			}
		}
	});

	it('shows every behaviour on pages that exist, and a table on each page the issue names', () => {
		for (const code of MATRIX_CODES) expect(existsSync(`content/${code}.md`), String(code)).toBe(true);
		for (const code of [301, 302, 303, 304, 307, 308, 401, 407, 408, 413, 421, 429, 500, 502, 503, 504]) {
			expect(rowsForCode(code, clients).length, String(code)).toBeGreaterThan(0);
		}
	});
});

describe('the cell schema', () => {
	it('rejects a cell without a source, naming the field', () => {
		const { source: _, ...bare } = cell;
		const result = cellSchema.safeParse(bare);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].path).toEqual(['source']);
	});

	it('rejects a cell without a verified date, or with a date that is no date', () => {
		const { verified: _, ...undated } = cell;
		expect(cellSchema.safeParse(undated).success).toBe(false);
		expect(cellSchema.safeParse({ ...cell, verified: 'last week' }).success).toBe(false);
	});

	it('accepts a date YAML turned into a Date, as the ISO day', () => {
		expect(cellSchema.parse({ ...cell, verified: new Date('2026-11-30T00:00:00Z') }).verified).toBe('2026-11-30');
	});

	it('rejects a behaviour that is not in the list and a source that is not https', () => {
		const client = { name: 'x client', kind: 'library', version: '1', order: 1, cells: { 'follows-redirect': cell } };
		expect(clientSchema.safeParse(client).success).toBe(false);
		expect(cellSchema.safeParse({ ...cell, source: { title: 'docs', url: 'http://example.org/' } }).success).toBe(false);
	});

	it('flags a cell verified 13 months ago as stale', () => {
		const old = new Date(`${today}T00:00:00Z`);
		old.setUTCMonth(old.getUTCMonth() - 13);
		const stale = { ...clients[0], cells: { 'follows-redirects': { ...cell, verified: old.toISOString().slice(0, 10) } } };
		expect(staleCells([stale], today)).toEqual([`${clients[0].id}/follows-redirects`]);
	});
});

describe('clients disagree', () => {
	it('compares values up to the first bracket, comma, semicolon or colon, in lower case', () => {
		expect(normaliseValue('Yes (20 hops)')).toBe('yes');
		expect(normaliseValue('GET on 302; kept on 301')).toBe('get on 302');
		expect(normaliseValue('Dropped (kept for subdomains)')).toBe('dropped');
		expect(isNotApplicable(normaliseValue('n/a (no retries)'))).toBe(true);
	});

	it('is computed, and n/a cells take no side', () => {
		expect(disagrees([{ norm: 'yes' }, { norm: 'yes' }, { norm: 'n/a' }])).toBe(false);
		expect(disagrees([{ norm: 'yes' }, { norm: 'no' }])).toBe(true);
		expect(disagrees([])).toBe(false);
	});

	it('on 302, fetch keeps PUT while requests and Go turn it into GET', () => {
		const row = rowsForCode(302, clients).find((r) => r.behaviour.id === 'put-301-302')!;
		expect(row.disagree).toBe(true);
		const value = (id: string) => row.cells.find((c) => c?.client.id === id)!;
		expect(value('browser-fetch').norm).toBe('kept');
		expect(value('node-fetch').norm).toBe('kept');
		expect(value('requests').norm).toBe('get on 302');
		expect(value('go-net-http').norm).toBe('get');
		expect(value('requests').source.url).toBe('https://github.com/psf/requests/blob/v2.34.2/src/requests/sessions.py');
		expect(value('go-net-http').source.url).toMatch(/^https:\/\/github\.com\/golang\/go\/blob\/[0-9a-f]{40}\/src\/net\/http\/client\.go$/);
	});

	it('groups a row by value, the most common first: POST after 301/302 is mostly GET, but not for got and urllib3', () => {
		const row = behaviourRows(clients).find((r) => r.behaviour.id === 'post-301-302')!;
		expect(row.disagree).toBe(true);
		expect(row.groups[0].value).toBe('GET (body dropped)');
		const kept = row.groups.filter((g) => normaliseValue(g.value) === 'kept').flatMap((g) => g.cells.map((c) => c.client.id));
		expect(kept.sort()).toEqual(['got', 'urllib3']);
	});
});
