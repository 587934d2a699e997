import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Lookup, platformKeys } from '../../src/components/explain/catalogue';
import { explain } from '../../src/lib/explain/explain';

const FIXTURES = join(import.meta.dirname, '../fixtures');
/** The fixture entries as the page's import.meta.glob sees content/platform: `/content/platform/<vendor>/<slug>.md`. */
const globKeys = readdirSync(join(FIXTURES, 'platform')).flatMap((vendor) =>
	readdirSync(join(FIXTURES, 'platform', vendor)).map((file) => `/content/platform/${vendor}/${file}`),
);
const lookup = new Lookup({ names: '503\tService Unavailable\n500\tInternal Server Error', platform: platformKeys(globKeys), base: '/docs/' });
const fixture = (path: string) => readFileSync(join(FIXTURES, 'explain', path), 'utf8');

describe('links from cards', () => {
	test('glob keys become vendor/slug lines; anything else under the folder is ignored', () => {
		expect(platformKeys(['/content/platform/iis/500.19.md', '/content/platform/not-http/err-aborted.md', '/content/platform/x/.hidden.md', '/content/404.md'])).toBe(
			'iis/500.19\nnot-http/err-aborted',
		);
	});

	test('a card links the entries that exist and only those', () => {
		const refs = explain(fixture('heroku-router/heroku-h12-h10.log')).cards.flatMap((c) => c.platform);
		expect(refs.map((r) => `${r.vendor}/${r.slug}`)).toEqual(['heroku/h12', 'heroku/h10']);
		expect(refs.map((r) => lookup.platformHref(r.vendor, r.slug))).toEqual(['/docs/heroku/h12/', undefined]);
		const iis = explain(fixture('http1/iis-500-19-detailed.txt')).cards[0].platform;
		expect(iis.map((r) => lookup.platformHref(r.vendor, r.slug))).toEqual(['/docs/iis/500.19/', undefined]);
	});

	test('code names come from the codes passed in, and code pages are linked under the base path', () => {
		expect(lookup.name(503)).toBe('Service Unavailable');
		expect(lookup.name(418)).toBeUndefined();
		expect(lookup.codeHref(503)).toBe('/docs/503/');
	});
});
