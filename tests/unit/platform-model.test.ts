import { describe, expect, it } from 'vitest';
import { entriesForStatus, groupByPlatform, toPlatformEntries } from '../../src/lib/platform-model';
import { checkPlatform } from '../../src/lib/content-check';
import type { PlatformData } from '../../src/lib/platform-schema';

const data = (over: Partial<PlatformData>): PlatformData => ({
	vendor: 'iis', id: '500.19', name: 'Configuration data is invalid', status: 500, alsoStatus: [], short: 'x'.repeat(12),
	summary: 's'.repeat(60), seeing: 'the page says HTTP Error 500.19.', label: 'IIS 500.19 (500)', aliases: [], keywords: [],
	source: { title: 'Microsoft', url: 'https://learn.microsoft.com/x' }, sources: [], verified: true, related: [], ...over,
});

describe('platform entries', () => {
	const entries = toPlatformEntries([
		{ id: 'heroku/h12', data: data({ vendor: 'heroku', id: 'H12', status: 503 }) },
		{ id: 'iis/401.10', data: data({ id: '401.10', status: 401 }) },
		{ id: 'iis/401.2', data: data({ id: '401.2', status: 401 }) },
		{ id: 'envoy/uf', data: data({ vendor: 'envoy', id: 'UF', status: 503, alsoStatus: [502] }) },
	]);

	it('order by platform as PLATFORMS lists them, identifiers in natural order, with their page', () => {
		expect(entries.map((e) => e.key)).toEqual(['iis/401.2', 'iis/401.10', 'heroku/h12', 'envoy/uf']);
		expect(entries[0].href).toBe('/iis/401.2/');
		expect(groupByPlatform(entries).map((g) => [g.platform.key, g.entries.length])).toEqual([['iis', 2], ['heroku', 1], ['envoy', 1]]);
	});

	it('are found by their main status first, then by the other statuses they come with', () => {
		expect(entriesForStatus(entries, 503).map((e) => e.key)).toEqual(['heroku/h12', 'envoy/uf']);
		expect(entriesForStatus(entries, 502).map((e) => e.key)).toEqual(['envoy/uf']);
	});
});

describe('catalogue file checks', () => {
	const file = (path: string, front: string, body = '## What it means\n\nx\n\n## Common causes\n\nx\n\n## How to fix\n\nx\n') => ({
		path,
		text: `---\n${front}\n---\n${body}`,
	});
	const front = (extra = '', vendor = 'cloudflare', id = '1020') =>
		`vendor: ${vendor}\nid: "${id}"\nname: Access Denied\nstatus: 403\nshort: "A rule blocked this request"\nsummary: "${'s'.repeat(60)}"\nseeing: "the page says Error 1020 and names the Ray ID."\nlabel: "Cloudflare 1020 Access Denied (403)"\nsource:\n  title: "Cloudflare docs"\n  url: https://developers.cloudflare.com/x/\n${extra}`;
	const known = new Set([403, 503]);

	it('accept a good entry', () => expect(checkPlatform([file('content/platform/cloudflare/1020.md', front())], known)).toEqual([]));

	it.each([
		['content/platform/acme/1020.md', front(), 'content/platform/acme/1020.md: folder:'],
		['content/platform/cloudflare/1020.MD', front(), 'file name:'],
		['content/platform/heroku/1020.md', front(), 'vendor: must be "heroku"'],
		['content/platform/cloudflare/1020.md', front('colour: red\n'), 'colour: unknown field'],
		['content/platform/cloudflare/1020.md', front().replace('status: 403', 'status: 404'), 'status: 404 has no content file'],
		['content/platform/cloudflare/1020.md', front('related: [418]\n'), 'related: code 418 has no content file'],
		['content/platform/cloudflare/1020.md', front().replace('https://developers', 'http://developers'), 'source.url: must be an https URL'],
	])('name the file and the field: %s', (path, text, message) => {
		const lines = checkPlatform([file(path, text)], known);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(message);
	});

	it('reject a body without the outline, and an alias claimed twice', () => {
		expect(checkPlatform([file('content/platform/cloudflare/1020.md', front(), '## Causes\n')], known)[0]).toContain('body: sections must be');
		const twice = checkPlatform(
			[
				file('content/platform/cloudflare/1020.md', front('aliases: ["error 1020"]\n')),
				file('content/platform/cloudflare/1015.md', front('aliases: ["Error 1020"]\n', 'cloudflare', '1015')),
			],
			known,
		);
		expect(twice).toEqual(['content/platform/cloudflare/1015.md: aliases: "Error 1020" is already claimed by content/platform/cloudflare/1020.md']);
	});
});
