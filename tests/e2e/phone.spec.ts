import { expect, test } from '@playwright/test';
import { builtPages } from './dist-files';

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
