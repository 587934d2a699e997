import { expect, test } from '@playwright/test';
import { CODES } from './site-data';

test.use({ javaScriptEnabled: false });

test('without JavaScript the index links every code, grouped by class with counts', async ({ page }) => {
	const blocked: string[] = [];
	page.on('console', (message) => message.type() === 'error' && blocked.push(message.text()));
	await page.goto('/');
	// The box and chips need JavaScript: the <noscript> style hides them, and the policy lets it.
	await expect(page.getByRole('searchbox')).toBeHidden();
	expect(blocked.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
	const main = page.getByRole('main');
	for (const code of CODES) {
		await expect(main.locator(`a[href="/${code}/"]`).first()).toBeVisible();
	}
	const headings = main.getByRole('heading', { level: 2 });
	await expect(headings).toHaveText([
		/^1xx Informational \(\d+\)$/,
		/^2xx Successful \(\d+\)$/,
		/^3xx Redirection \(\d+\)$/,
		/^4xx Client Error \(\d+\)$/,
		/^5xx Server Error \(\d+\)$/,
		/^Not an HTTP status \(1\)$/,
		/^Platform codes and non-HTTP statuses \(\d+\)$/,
	]);
	const total = CODES.length;
	const counts = (await headings.allTextContents()).slice(0, 6).map((t) => Number(/\((\d+)\)/.exec(t)![1]));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
	expect(counts[3]).toBe(CODES.filter((c) => c >= 400 && c < 500).length);
	expect(counts[5]).toBe(1);
});

test('a code link from the no-JS index opens its page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /^418\s+\(Unused\)/ }).click();
	await expect(page).toHaveURL(/\/418\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('418 (Unused)');
});

test('without JavaScript the index lists the platform codes by platform, each linked to its page', async ({ page }) => {
	await page.goto('/');
	const section = page.getByRole('region', { name: /^Platform codes/ });
	const platforms = section.getByRole('heading', { level: 3 });
	expect(await platforms.count()).toBeGreaterThan(5);
	await expect(section.getByRole('link', { name: 'Microsoft IIS and ASP.NET Core Module' })).toHaveAttribute('href', '/iis/');
	await section.getByRole('link', { name: '500.19', exact: true }).click();
	await expect(page).toHaveURL(/\/iis\/500\.19\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('500.19');
	await expect(page.getByRole('link', { name: /^500 Internal Server Error/ }).first()).toBeVisible();
});
