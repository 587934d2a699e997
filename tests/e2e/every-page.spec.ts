import { expect, test } from '@playwright/test';
import { PAGES } from './site-data';

test('every page has one h1, a title, an absolute canonical link and a description', async ({ request }) => {
	for (const path of PAGES) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const html = await response.text();
		expect(html.match(/<h1[\s>]/g)?.length, `${path} h1 count`).toBe(1);
		expect(html, `${path} title`).toMatch(/<title>[^<]{10,}<\/title>/);
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		expect(canonical, `${path} canonical`).toMatch(/^https?:\/\/[^/]+\//);
		expect(new URL(canonical!).pathname, `${path} canonical path`).toBe(path);
		const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
		expect(description.length, `${path} description`).toBeGreaterThanOrEqual(50);
	}
});

test('code pages have distinct descriptions written for the code', async ({ request }) => {
	const seen = new Map<string, string>();
	for (const path of PAGES.slice(1)) {
		const html = await (await request.get(path)).text();
		const description = /<meta name="description" content="([^"]*)"/.exec(html)![1];
		expect(seen.get(description), `${path} repeats the description of ${seen.get(description)}`).toBeUndefined();
		seen.set(description, path);
	}
});
