import { expect, test } from '@playwright/test';
import { openIndex, searchBox, watchForTrouble } from './helpers';

test.describe('with clipboard permission', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copying a search result puts exactly its label on the clipboard', async ({ page }) => {
		await openIndex(page);
		await searchBox(page).fill('404');
		await page.getByRole('button', { name: 'Copy 404 Not Found' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('404 Not Found');
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	});

	test('copying a vendor code from the search results keeps its vendor in the label', async ({ page }) => {
		await openIndex(page);
		await searchBox(page).fill('522');
		const results = page.getByRole('list', { name: 'Search results' });
		await results.getByRole('button', { name: /^Copy 522 / }).first().click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('522 Connection Timed Out (Cloudflare)');
	});

	test('the unfiltered list has copy buttons too', async ({ page }) => {
		await openIndex(page);
		await page.getByRole('button', { name: 'Copy 413 Content Too Large' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('413 Content Too Large');
	});

	for (const [where, path, name] of [
		['on a code page', '/503/', 'Copy 503 Service Unavailable'],
		['in the index list', '/', 'Copy 413 Content Too Large'],
	]) {
		test(`copy says "Copied ✓" in place ${where}: the button's box does not move or resize`, async ({ page }) => {
			await page.goto(path);
			const button = page.getByRole('button', { name, exact: true });
			await button.scrollIntoViewIfNeeded();
			const before = await button.boundingBox();
			await button.click();
			await expect(button).toHaveText('Copied ✓');
			expect(await button.boundingBox()).toEqual(before);
			// Screen readers hear it from the live region; sighted users see it on the button.
			await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
			await expect(button).toHaveText('Copy', { timeout: 4000 });
			expect(await button.boundingBox()).toEqual(before);
		});
	}

	test('a code page copies its label without any framework', async ({ page }) => {
		await page.goto('/418/');
		await page.getByRole('button', { name: 'Copy 418 (Unused)' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('418 (Unused)');
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await page.locator('astro-island').count()).toBe(0);
	});
});

test('a refused clipboard is explained, not thrown', async ({ page }) => {
	const trouble = watchForTrouble(page);
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
		});
	});
	await page.goto('/404/');
	await page.getByRole('button', { name: 'Copy 404 Not Found' }).click();
	await expect(page.getByRole('status').filter({ hasText: /copy failed/i })).toContainText(
		'select “404 Not Found” and copy it by hand',
	);
	expect(trouble).toEqual([]);
});

test('a missing clipboard API is explained, not thrown', async ({ page }) => {
	const trouble = watchForTrouble(page);
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: undefined });
	});
	await openIndex(page);
	await searchBox(page).fill('500');
	await page.getByRole('button', { name: 'Copy 500 Internal Server Error' }).click();
	await expect(page.getByRole('status').filter({ hasText: /copy failed/i })).toContainText(
		'select “500 Internal Server Error” and copy it by hand',
	);
	expect(trouble).toEqual([]);
});
