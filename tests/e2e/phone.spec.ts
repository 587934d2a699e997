import { expect, test } from '@playwright/test';
import { builtPages } from './dist-files';
import { openIndex, resultLinks, searchBox } from './helpers';

// A phone's width: nothing may be wider than the screen, on any page.
test.use({ viewport: { width: 390, height: 844 } });

test('no page is wider than a 390 px phone', async ({ page }) => {
	test.setTimeout(180_000);
	const wide: string[] = [];
	for (const path of builtPages()) {
		await page.goto(path);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		if (width > 390) wide.push(`${path} ${width}px`);
	}
	expect(wide).toEqual([]);
});

// Results hold the catalogue's long identifiers (net::ERR_HTTP2_PROTOCOL_ERROR): they wrap after
// `_` and `::` like everywhere else, so searching never widens the page either.
test('search results are no wider than a 390 px phone', async ({ page }) => {
	await openIndex(page);
	for (const query of ['h', 'net::ERR_HTTP2_PROTOCOL_ERROR', '500.', 'err']) {
		await searchBox(page).fill(query);
		await expect(resultLinks(page).first()).toBeVisible();
		await page.waitForTimeout(100);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), query).toBeLessThanOrEqual(390);
	}
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true });

	test('the index does not focus the box, so no keyboard covers the list', async ({ page }) => {
		await page.goto('/');
		await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('code-search');
		expect(await page.locator('#code-search').getAttribute('autofocus')).toBeNull();
	});
});

test('Back from a code page restores the scroll position of the index and does not focus the box', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	const link = page.getByRole('link', { name: /^503\s+Service Unavailable/ });
	await link.scrollIntoViewIfNeeded();
	const before = await page.evaluate(() => scrollY);
	expect(before).toBeGreaterThan(500);
	await link.click();
	await expect(page).toHaveURL(/\/503\/$/);
	await page.goBack();
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before - 50);
	expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('code-search');
});
