import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system until the reader picks one, and the pick survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/404/');
	const dark = await background(page);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await background(page);
	expect(dark).not.toBe(light);

	const button = page.getByRole('button', { name: /theme/i });
	await expect(button).toHaveAccessibleName('Theme: Auto');
	await button.click();
	await button.click();
	await expect(button).toHaveAccessibleName('Theme: Dark');
	expect(await background(page)).toBe(dark);

	// Stored choice, system still light: the first paint must already be dark.
	await page.reload({ waitUntil: 'commit' });
	await page.waitForSelector('body');
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	expect(await background(page)).toBe(dark);

	await page.getByRole('button', { name: /theme/i }).click();
	await expect(page.getByRole('button', { name: /theme/i })).toHaveAccessibleName('Theme: Auto');
	expect(await background(page)).toBe(light);
	expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
});
