import { expect, test } from '@playwright/test';
import { openIndex, resultLinks, searchBox, watchForTrouble } from './helpers';
import { PASTE_TABLE } from '../fixtures/paste-table';

// What people paste, in the browser, on the records the island loads: the entry (or code) that
// must come first. Every paste of the table runs as a unit test on the built index; here a
// spread of them runs through the real box, typed key by key.
const key = (href: string | null) => (href ?? '').replace(/^\/|\/$/g, '');
for (const [query, first] of PASTE_TABLE.filter((_, i) => i % 3 === 0)) {
	test(`pasting "${query}" puts ${first} first`, async ({ page }) => {
		await openIndex(page);
		await searchBox(page).fill(query);
		await expect.poll(async () => key(await resultLinks(page).first().getAttribute('href'))).toBe(first);
	});
}

test('an entry result is one row like a code row, with its platform, meaning and a copy label', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openIndex(page);
	await searchBox(page).fill('H12');
	const row = page.locator('#search-results > li').first();
	await expect(row).toContainText('H12');
	await expect(row).toContainText('Heroku');
	await expect(row.locator('.row-short')).not.toBeEmpty();
	// The same structure as a code row: number, name over meaning, copy element.
	await expect(row.locator(':scope > a > .num + .row-text > .row-name')).toBeVisible();
	await expect(row.locator(':scope > hsc-copy')).toBeAttached();
	await page.getByRole('button', { name: /^Copy Heroku H12/ }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Heroku H12 Request timeout (503)');
});

test('an entry page says what it means, links the status it comes with and the vendor source', async ({ page }) => {
	await page.goto('/iis/500.19/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('500.19');
	await expect(page.getByText(/You are probably seeing this if/)).toBeVisible();
	await expect(page.getByRole('link', { name: /^500 Internal Server Error/ }).first()).toHaveAttribute('href', '/500/');
	await expect(page.locator('dd a[href^="https://learn.microsoft.com/"]').first()).toBeVisible();
	await page.goto('/500/');
	const platform = page.getByRole('region', { name: /Platform codes that come with 500/ });
	await expect(platform).toContainText('On IIS, ');
	await expect(platform).toContainText('500.19 means Configuration data is invalid');
	await platform.getByRole('link', { name: '500.19', exact: true }).click();
	await expect(page).toHaveURL(/\/iis\/500\.19\/$/);
});

test('a chip pressed before the island hydrates still filters', async ({ page }) => {
	const trouble = watchForTrouble(page);
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_astro/CodeSearch*.js', async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('astro-island[ssr]')).toBeAttached();
	await page.getByRole('button', { name: /^4xx\b/ }).click();
	release();
	await expect(page).toHaveURL(/class=4xx/);
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	await expect(page.getByRole('button', { name: /^4xx\b/ })).toHaveAttribute('aria-pressed', 'true');
	const codes = (await resultLinks(page).allTextContents()).map((t) => Number(t.slice(0, 3)));
	expect(codes.length).toBeGreaterThan(20);
	expect(codes.every((c) => c >= 400 && c < 500)).toBe(true);
	expect(trouble).toEqual([]);
});

test.describe('the index on a touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the box is in the first 200 px, key hints are gone, the chips are one row, targets are 44 px', async ({ page }) => {
		await openIndex(page);
		expect((await searchBox(page).boundingBox())!.y).toBeLessThan(200);
		await expect(page.locator('#search-hint')).toBeHidden();
		const chips = page.getByRole('group', { name: 'Filters' }).getByRole('button');
		const tops = new Set<number>();
		for (const chip of await chips.all()) {
			const box = (await chip.boundingBox())!;
			tops.add(Math.round(box.y));
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
		expect(tops.size).toBe(1);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('#code-list li a, #code-list li button')]
				.map((el) => ({ text: el.textContent?.trim().slice(0, 30), height: el.getBoundingClientRect().height }))
				.filter((t) => t.height > 0 && t.height < 44),
		);
		expect(small).toEqual([]);
	});
});

test('code pages and entry pages lead to the explainer', async ({ page }) => {
	for (const path of ['/503/', '/heroku/h12/']) {
		await page.goto(path);
		await expect(page.getByRole('link', { name: /Explain it$/ })).toHaveAttribute('href', '/explain/');
	}
});
