import { expect, test } from '@playwright/test';
import { openIndex, resultLinks, searchBox } from './helpers';
import { CODES } from './site-data';

test('/ focuses the search box from anywhere on the page', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).blur();
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(searchBox(page)).toBeFocused();
	await expect(searchBox(page)).toHaveValue('');
});

test('/ typed into another field stays in that field', async ({ page }) => {
	await openIndex(page);
	await page.evaluate(() => {
		const other = document.createElement('input');
		other.id = 'other-field';
		other.setAttribute('aria-label', 'Other field');
		document.querySelector('main')!.append(other);
	});
	await page.getByLabel('Other field').pressSequentially('a/b');
	await expect(page.getByLabel('Other field')).toHaveValue('a/b');
	await expect(page.getByLabel('Other field')).toBeFocused();
});

test('Ctrl+K focuses the box; other Ctrl combinations do not', async ({ page }) => {
	await openIndex(page);
	await page.locator('h1').click();
	await page.keyboard.press('Control+/');
	await expect(searchBox(page)).not.toBeFocused();
	await page.keyboard.press('Control+k');
	await expect(searchBox(page)).toBeFocused();
});

test('Enter opens the top result', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('teapot');
	await expect(resultLinks(page).first()).toHaveText(/^418/);
	await searchBox(page).press('Enter');
	await expect(page).toHaveURL(/\/418\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('418 (Unused)');
});

test('arrow keys move through the results and back to the box', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('50');
	await searchBox(page).press('ArrowDown');
	await expect(resultLinks(page).nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(resultLinks(page).nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(searchBox(page)).toBeFocused();
});

test('Escape clears the query', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('gateway');
	await expect(page).toHaveURL(/\?q=gateway/);
	await searchBox(page).press('Escape');
	await expect(searchBox(page)).toHaveValue('');
	await expect(page).toHaveURL(/\/$/);
});

test('the result count is announced politely', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('4xx');
	const status = page.locator('[role="status"][aria-live="polite"]').filter({ hasText: /codes?$/ });
	await expect(status).toHaveText(`${CODES.filter((c) => c >= 400 && c < 500).length} codes`);
	await searchBox(page).fill('418');
	await expect(status).toHaveText('1 code');
});
