import { expect, test } from '@playwright/test';
import { openIndex, resultLinks, searchBox } from './helpers';

test('/522/ says Cloudflare and Unofficial, in the page and its title', async ({ page }) => {
	await page.goto('/522/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('522 Connection Timed Out');
	await expect(page).toHaveTitle(/522 Connection Timed Out \(Cloudflare\)/);
	await expect(page.getByText('Cloudflare · unofficial', { exact: true })).toBeVisible();
	await expect(page.getByRole('complementary', { name: 'Registry status' })).toContainText('not in the IANA registry');
	const description = await page.locator('meta[name="description"]').getAttribute('content');
	expect(description).toContain('Cloudflare');
});

test('/499/ shows the nginx meaning first, then Esri and gRPC', async ({ page }) => {
	await page.goto('/499/');
	const meanings = page.getByRole('region', { name: /meanings of 499/ });
	await expect(meanings.getByRole('listitem')).toHaveCount(3);
	await expect(meanings.getByRole('listitem').nth(0)).toContainText('nginx');
	await expect(meanings.getByRole('listitem').nth(1)).toContainText('Esri');
	await expect(meanings.getByRole('listitem').nth(2)).toContainText('gRPC');
});

test('/451/ shows the registered meaning first and the Exchange one after it', async ({ page }) => {
	await page.goto('/451/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('451 Unavailable For Legal Reasons');
	const cards = page.getByRole('region', { name: /meanings of 451/ }).getByRole('listitem');
	await expect(cards.nth(0)).toContainText('Registered (IANA)');
	await expect(cards.nth(1)).toContainText('Exchange');
	await expect(cards.nth(1)).toContainText('unofficial');
});

test('unofficial codes are labelled in the index list', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: /^444\s+No Response\s+nginx · unofficial/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /^404\s+Not Found\b/ })).toBeVisible();
});

test('"Official only" hides 444, keeps 404, and lives in the URL', async ({ page }) => {
	await openIndex(page);
	const toggle = page.getByRole('button', { name: 'Official only' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/official=1/);
	await expect(resultLinks(page).filter({ hasText: /^404\s+Not Found/ })).toBeVisible();
	await expect(resultLinks(page).filter({ hasText: /^444\s/ })).toHaveCount(0);
	await expect(page.getByRole('main').getByRole('link', { name: /^444\s/ })).toBeHidden();
	await searchBox(page).fill('nginx');
	await expect(page.getByRole('status').filter({ hasText: /results?$|No codes match/ })).toBeVisible();
	for (const text of await resultLinks(page).allTextContents()) expect(text).not.toContain('unofficial');
	await openIndex(page, '/?official=1&q=41');
	await expect(page.getByRole('button', { name: 'Official only' })).toHaveAttribute('aria-pressed', 'true');
	await expect(resultLinks(page).first()).toHaveText(/^410/);
	const texts = await resultLinks(page).allTextContents();
	expect(texts.map((t) => t.slice(0, 3))).not.toContain('419');
	for (const text of texts) expect(text).not.toContain('unofficial');
});

for (const [query, expected] of [
	['cloudflare', /^52\d/],
	['nginx', /^(444|49\d)/],
	['aws', /^(46\d|561)/],
	['alb', /^(46\d|561)/],
	['csrf', /^(419|403)/],
	['ssl handshake', /^525/],
	['origin down', /^521/],
] as const) {
	test(`searching "${query}" finds the vendor codes first`, async ({ page }) => {
		await openIndex(page);
		await searchBox(page).fill(query);
		await expect(resultLinks(page).first()).toHaveText(expected);
	});
}

test('searching cloudflare lists the 52x codes before anything else', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('cloudflare');
	await expect(resultLinks(page).first()).toHaveText(/^52\d/);
	// Codes carry data-code; Cloudflare's own 1xxx entries (data-key) may follow, never precede them.
	const rows = await page.locator('#search-results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.code ?? li.getAttribute('data-key')));
	const cloudflare = rows.filter((r) => /^52\d|^530$/.test(r ?? ''));
	expect(rows.slice(0, cloudflare.length)).toEqual(cloudflare);
	expect(cloudflare.length).toBeGreaterThanOrEqual(8);
	const firstEntry = rows.findIndex((r) => r?.includes('/'));
	expect(firstEntry).toBeGreaterThan(0);
	expect(rows.slice(firstEntry).every((r) => r?.includes('/'))).toBe(true);
});

test('copying a vendor code includes the vendor', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/522/');
	await page.getByRole('button', { name: 'Copy 522 Connection Timed Out (Cloudflare)' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('522 Connection Timed Out (Cloudflare)');
});

test('/0/ explains that 0 is not an HTTP status', async ({ page }) => {
	await page.goto('/0/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^0 /);
	await expect(page.getByText(/not an HTTP status/i).first()).toBeVisible();
});

test('a number is found by its other meanings: "exchange" lists 451 beside 440 and 449', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('exchange');
	await expect(resultLinks(page).first()).toHaveText(/^(451|440|449)/);
	await expect(resultLinks(page).filter({ hasText: /^451\b/ })).toHaveCount(1);
});
