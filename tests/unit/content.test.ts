import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/schema';
import { readFolder } from './content-files';

const all = readFolder('content').map((file) => ({ ...file, data: codeSchema.parse(file.frontmatter) }));
const files = all.filter((file) => file.data.status !== 'unofficial');
const vendorFiles = all.filter((file) => file.data.status === 'unofficial');
const byCode = new Map(all.map((file) => [file.data.code, file]));

/** Every code in the IANA HTTP Status Code Registry. */
const IANA_CODES = [
	100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
	305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
	416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506,
	507, 508, 510, 511,
];

describe('content/', () => {
	it('holds exactly the 64 IANA-registered codes as registered entries', () => {
		expect(files.map((file) => file.data.code)).toEqual(IANA_CODES);
	});

	it.each([
		[413, 'Content Too Large', ['Payload Too Large', 'Request Entity Too Large']],
		[414, 'URI Too Long', ['Request-URI Too Long']],
		[416, 'Range Not Satisfiable', ['Requested Range Not Satisfiable']],
		[422, 'Unprocessable Content', ['Unprocessable Entity']],
		[302, 'Found', ['Moved Temporarily']],
		[408, 'Request Timeout', ['Request Time-out']],
		[504, 'Gateway Timeout', ['Gateway Time-out']],
		[306, '(Unused)', ['Switch Proxy']],
		[418, '(Unused)', ["I'm a teapot"]],
		[104, 'Upload Resumption Supported', []],
	])('%i is named %s with legacy names as aliases', (code, name, aliases) => {
		const { data } = byCode.get(code)!;
		expect(data.name).toBe(name);
		expect(data.aliases).toEqual(expect.arrayContaining(aliases));
	});

	it('flags every code that is not a plain standard', () => {
		const flagged = Object.fromEntries(
			files.filter((file) => file.data.status !== 'standard').map((file) => [file.data.code, file.data.status]),
		);
		expect(flagged).toEqual({
			104: 'temporary',
			305: 'deprecated',
			306: 'unused',
			402: 'reserved',
			418: 'unused',
			510: 'obsolete',
		});
	});

	it('gives the 104 registration its dates and links the draft', () => {
		const { data } = byCode.get(104)!;
		expect(data.statusNote).toMatch(/2024-11-13/);
		expect(data.statusNote).toMatch(/2026-11-13/);
		expect(data.spec?.url).toBe('https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-11#section-5');
	});

	it.each([
		[103, 'rfc8297'],
		[207, 'rfc4918'],
		[208, 'rfc5842'],
		[226, 'rfc3229'],
		[425, 'rfc8470'],
		[428, 'rfc6585'],
		[429, 'rfc6585'],
		[431, 'rfc6585'],
		[451, 'rfc7725'],
		[506, 'rfc2295'],
		[510, 'rfc2774'],
		[511, 'rfc6585'],
	])('%i links its own RFC (%s)', (code, rfc) => {
		expect(byCode.get(code)!.data.spec?.url).toContain(`/rfc/${rfc}#section-`);
	});

	it('links RFC 9110 core codes to their own section', () => {
		const core = files.filter((file) => file.data.spec?.url.includes('/rfc9110#'));
		expect(core.length).toBeGreaterThanOrEqual(45);
		for (const { data } of core) {
			const section = /#section-(15\.\d+\.\d+)$/.exec(data.spec!.url)?.[1];
			expect(section, `${data.code}`).toBeDefined();
			expect(data.spec!.title).toBe(`RFC 9110 §${section}`);
			expect(section!.split('.')[1], `${data.code} section class`).toBe(String(Math.floor(data.code / 100) + 1));
		}
	});

	it.each(all.map((file) => [file.data.code, file] as const))('%i says enough in each section', (_, file) => {
		// The outline itself (sections, order, one http block, no HTML) is a build rule: src/lib/content-check.ts.
		const sections = file.body.split(/^## .+$/m).slice(1);
		for (const section of sections) expect(section.trim().length).toBeGreaterThan(80);
		// Registered codes show a full exchange; vendor codes may lack a response (444, 499, 0).
		if (file.data.status !== 'unofficial') expect(file.body).toMatch(/## Example\s+```http\n[\s\S]+?\nHTTP\/[\d.]+ \d{3}/);
	});

	it('keeps summaries, aliases and keywords unique enough to search', () => {
		const summaries = new Set(all.map((file) => file.data.summary));
		expect(summaries.size).toBe(all.length);
		for (const { data } of all) {
			expect(data.keywords.length, `${data.code} keywords`).toBeGreaterThanOrEqual(3);
			expect(new Set(data.keywords).size, `${data.code} duplicate keywords`).toBe(data.keywords.length);
		}
	});

	it('labels at least 35 unofficial meanings (the schema requires a vendor and a source for each)', () => {
		const meanings = [...vendorFiles, ...all.flatMap((file) => file.data.unofficial)];
		expect(meanings.length).toBeGreaterThanOrEqual(35);
	});

	it.each([
		[444, 'nginx'],
		[499, 'nginx'],
		[522, 'Cloudflare'],
		[460, 'AWS'],
		[419, 'Laravel'],
		[420, 'Twitter'],
		[498, 'Esri'],
	])('%i is an unofficial code of %s', (code, vendor) => {
		const { data } = byCode.get(code)!;
		expect(data.status).toBe('unofficial');
		expect(data.vendor).toContain(vendor);
		expect(data.keywords.join(' ').toLowerCase()).toContain(vendor.toLowerCase().split(' ')[0]);
	});

	it.each([
		[420, ['Twitter', 'Spring']],
		[451, ['Exchange']],
		[499, ['nginx', 'Esri']],
		[508, ['CloudLinux']],
		[530, ['Cloudflare', 'Pantheon']],
	])('%i shows every meaning of the number (%s)', (code, vendors) => {
		const { data } = byCode.get(code)!;
		const named = [data.vendor ?? '', ...data.unofficial.map((m) => m.vendor)].join(' | ');
		for (const vendor of vendors) expect(named).toContain(vendor);
	});

	it('describes 0 as no HTTP status at all', () => {
		const { data, body } = byCode.get(0)!;
		expect(data.status).toBe('unofficial');
		expect(`${data.summary} ${body}`).toMatch(/not an HTTP status/i);
	});
});

