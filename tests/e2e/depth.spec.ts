import { expect, test } from '@playwright/test';

test('/429/ shows Retry-After in its facts and copies its constants', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/429/');
	const facts = page.getByRole('region', { name: 'Spec facts' });
	await expect(facts).toContainText('Retry-After');
	await expect(facts).toContainText('HTTP-date');
	const constants = page.getByRole('region', { name: 'In your language' });
	await expect(constants.getByRole('row')).toHaveCount(8);
	await constants.getByRole('button', { name: 'Copy http.StatusTooManyRequests', exact: true }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http.StatusTooManyRequests');
	await constants.getByRole('button', { name: 'Copy HTTPStatus.TOO_MANY_REQUESTS', exact: true }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('HTTPStatus.TOO_MANY_REQUESTS');
});

test('the constants page lists every library and follows from a code page', async ({ page }) => {
	await page.goto('/429/');
	await page.getByRole('region', { name: 'In your language' }).getByRole('link', { name: 'versions' }).click();
	await expect(page).toHaveURL(/\/constants\/#sources$/);
	const sources = page.getByRole('region', { name: 'Sources' });
	await expect(sources.getByRole('row')).toHaveCount(8);
	await expect(sources.getByRole('row', { name: /^Go \(net\/http\)/ }).getByRole('link')).toHaveAttribute(
		'href',
		/^https:\/\/github\.com\/golang\/go\//,
	);
	const row = page.getByRole('region', { name: 'All codes' }).getByRole('row', { name: /^429 Too Many Requests/ });
	await expect(row).toContainText('http.StatusTooManyRequests');
	await expect(row).toContainText('HTTPStatus.TOO_MANY_REQUESTS');
	// A vendor code has no constant anywhere, so it has no row.
	await expect(page.getByRole('link', { name: /^444 / })).toHaveCount(0);
	// Wide tables scroll inside their own focusable region, not the page (measured once the
	// stylesheet has loaded: the link click does not wait for it).
	await page.waitForLoadState('load');
	await page.setViewportSize({ width: 360, height: 800 });
	await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('a vendor code has no spec facts and no constants', async ({ page }) => {
	await page.goto('/444/');
	await expect(page.getByRole('region', { name: 'Spec facts' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'In your language' })).toHaveCount(0);
});

test('the JSON API and OpenSearch description are served and linked', async ({ page, request }) => {
	const code = await (await request.get('/404.json')).json();
	expect(code).toMatchObject({ code: 404, name: 'Not Found' });
	const all = await (await request.get('/codes.json')).json();
	expect(all.codes.length).toBeGreaterThan(90);
	await page.goto('/404/');
	const search = page.locator('link[rel="search"]');
	await expect(search).toHaveAttribute('type', 'application/opensearchdescription+xml');
	const xml = await (await request.get((await search.getAttribute('href'))!)).text();
	expect(xml).toContain('?q={searchTerms}');
	expect(await (await request.get('/sitemap-index.xml')).text()).toContain('<sitemapindex');
	expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '404 Not Found');
});

test.describe('spec facts cite their sources', () => {
	test.use({ javaScriptEnabled: false });

	test('/429/ says a cache must never store it, and opens the RFC sentence without JavaScript', async ({ page }) => {
		await page.goto('/429/');
		const facts = page.getByRole('region', { name: 'Spec facts' });
		const caching = facts.getByRole('definition').filter({ hasText: 'Never: a cache MUST NOT store it' });
		await expect(caching).toHaveCount(1);
		const quote = 'Responses with the 429 status code MUST NOT be stored by a cache.';
		await expect(caching.getByText(quote)).toBeHidden();
		await caching.getByText('RFC 6585 §4', { exact: true }).click();
		await expect(caching.getByText(quote)).toBeVisible();
		await expect(caching.getByRole('link', { name: 'Read RFC 6585 §4' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc6585#section-4');
		await expect(facts).not.toContainText('explicit Cache-Control');
	});

	test('every row of a facts box has a source', async ({ page }) => {
		for (const path of ['/304/', '/451/', '/503/', '/101/']) {
			await page.goto(path);
			const facts = page.getByRole('region', { name: 'Spec facts' });
			const rows = await facts.getByRole('definition').count();
			expect(rows, path).toBeGreaterThanOrEqual(4);
			for (let i = 0; i < rows; i++) {
				await expect(facts.getByRole('definition').nth(i).locator('details summary').first(), `${path} row ${i}`).toBeVisible();
			}
		}
	});

	test('/104/ says its temporary registration is past its end date, and the footer dates the registry', async ({ page }) => {
		await page.goto('/104/');
		await expect(page.getByRole('complementary', { name: 'Registry status' })).toContainText('past its 2026-11-13 end date');
		await expect(page.getByRole('contentinfo')).toContainText(/Registry last updated \d{4}-\d{2}-\d{2}; pages compared with it on \d{4}-\d{2}-\d{2}\./);
	});

	test('/418/ is named as the registry names it, and the teapot stays in view', async ({ page }) => {
		await page.goto('/418/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('418 (Unused)');
		await expect(page.getByRole('term').filter({ hasText: 'Also known as' })).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: "I'm a teapot" }).first()).toBeVisible();
	});
});
