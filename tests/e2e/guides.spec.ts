import { expect, test } from '@playwright/test';

test('the guides page lists every guide and each opens with links to codes', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Guides' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
	const links = page.getByRole('main').getByRole('listitem').getByRole('link');
	expect(await links.count()).toBeGreaterThanOrEqual(8);
	await page.getByRole('link', { name: /401 vs 403/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('401');
	const table = page.locator('.prose-code table').first();
	await expect(table).toBeVisible();
	await page.locator('.prose-code').getByRole('link', { name: /403 Forbidden/ }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('403 Forbidden');
});

test('a code page links the guides that discuss it', async ({ page }) => {
	await page.goto('/308/');
	const guides = page.getByRole('region', { name: 'Guides' });
	await guides.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/guides\/[a-z0-9-]+\/$/);
});
