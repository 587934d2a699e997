import { expect, test } from '@playwright/test';
import { CODES } from './site-data';
import { resultLinks, searchBox } from './helpers';

test('/404/ has the exact heading 404 Not Found and its spec link', async ({ page }) => {
	await page.goto('/404/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
	await expect(page).toHaveTitle(/404 Not Found/);
	await expect(page).toHaveTitle(/HTTP Status Codes/);
	const spec = page.getByRole('link', { name: 'RFC 9110 §15.5.5' });
	await expect(spec).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5');
	await expect(page.getByText('4xx Client Error').first()).toBeVisible();
});

test('/413/ shows the current name and the legacy names', async ({ page }) => {
	await page.goto('/413/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('413 Content Too Large');
	await expect(page.getByText('Payload Too Large').first()).toBeVisible();
	await expect(page.getByText('Request Entity Too Large').first()).toBeVisible();
});

test('/418/ says plainly that HTTP reserves the code', async ({ page }) => {
	await page.goto('/418/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('418 (Unused)');
	await expect(page.getByRole('complementary', { name: 'Registry status' })).toContainText(/unused/i);
});

test('a code page links related codes and its neighbours', async ({ page }) => {
	await page.goto('/404/');
	const related = page.getByRole('region', { name: 'Related codes' });
	await expect(related.getByRole('link', { name: '410 Gone' })).toHaveAttribute('href', '/410/');
	const nav = page.getByRole('navigation', { name: 'Previous and next code' });
	await expect(nav.getByRole('link', { name: /403 Forbidden/ })).toHaveAttribute('href', '/403/');
	await nav.getByRole('link', { name: /405 Method Not Allowed/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('405 Method Not Allowed');
});

test('the first and last codes have only one neighbour link', async ({ page }) => {
	await page.goto(`/${CODES[0]}/`);
	const nav = page.getByRole('navigation', { name: 'Previous and next code' });
	await expect(nav.getByRole('link')).toHaveCount(1);
	await expect(nav.getByRole('link')).toHaveAttribute('rel', 'next');
	await page.goto(`/${CODES.at(-1)}/`);
	await expect(nav.getByRole('link')).toHaveCount(1);
	await expect(nav.getByRole('link')).toHaveAttribute('rel', 'prev');
});

test('an unknown address shows the site not-found page with HTTP 404', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page).toHaveTitle(/^Page not found · /);
	// The rest of the page explains the 404 status itself.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('404 Not Found');
	await page.getByRole('link', { name: /all status codes/i }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP status codes');
});

test('an unknown address offers itself as a search, safely', async ({ page }) => {
	await page.goto('/status/too-many-requests/');
	await page.getByRole('link', { name: 'Search for “too many requests”' }).click();
	await expect(searchBox(page)).toHaveValue('too many requests');
	await expect(resultLinks(page).first()).toHaveText(/^429\s+Too Many Requests/);

	await page.goto('/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/');
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Search for/ })).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.locator('main img')).toHaveCount(0);
});

test('an unregistered code number is not a page', async ({ page }) => {
	const response = await page.goto('/299/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
