import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesToAudit } from './dist-files';
import { openIndex, searchBox } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Serious and critical axe violations on the page as it is now, one line each. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

// Split the walk over the pages into tests of about 20 pages each, so the workers share it and a
// chunk stays well inside its timeout however many catalogue pages are added.
const pages = pagesToAudit();
const CHUNKS = Math.ceil(pages.length / 20);
for (let i = 0; i < CHUNKS; i++) {
	const chunk = pages.filter((_, j) => j % CHUNKS === i);
	test(`axe finds no serious or critical WCAG 2.2 AA issue on pages, part ${i + 1} of ${CHUNKS}`, async ({ page }) => {
		test.setTimeout(180_000);
		const found: string[] = [];
		for (const path of chunk) {
			await page.goto(path);
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				found.push(...(await violations(page)).map((v) => `${path} [${scheme}] ${v}`));
			}
		}
		expect(found).toEqual([]);
	});
}

test('the index with an active search and filters has no serious axe issue', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('gateway');
	await page.getByRole('button', { name: /^5xx\b/ }).click();
	expect(await violations(page)).toEqual([]);
	await searchBox(page).fill('zzqxj');
	expect(await violations(page)).toEqual([]);
});

test('keyboard only: skip links, search, chips, results and copy are reachable with visible focus', async ({ page }) => {
	await openIndex(page);
	// The search box has focus on load; walk back to the skip links at the top of the page.
	await expect(searchBox(page)).toBeFocused();
	const backwards: string[] = [];
	for (let i = 0; i < 8 && !backwards.includes('Skip to content'); i++) {
		await page.keyboard.press('Shift+Tab');
		backwards.push(await page.locator(':focus').innerText());
	}
	expect(backwards.slice(-2)).toEqual(['Skip to the results', 'Skip to content']);
	await page.keyboard.press('Tab');
	const skipToResults = page.getByRole('link', { name: 'Skip to the results' });
	await expect(skipToResults).toBeFocused();
	await expect(skipToResults).toBeVisible();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText(/^100\s+Continue/);

	await page.keyboard.press('/');
	await expect(searchBox(page)).toBeFocused();
	await page.keyboard.type('timeout');
	const reached: string[] = [];
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline, `focus ring on ${await focused.evaluate((el) => el.outerHTML.slice(0, 80))}`).not.toBe('none');
		reached.push((await focused.getAttribute('aria-label')) ?? (await focused.innerText()));
	}
	expect(reached.some((name) => /^4xx/.test(name))).toBe(true);
	expect(reached).toContain('Official only');
	expect(reached.some((name) => /^408/.test(name))).toBe(true);
	expect(reached.some((name) => /^Copy 408/.test(name))).toBe(true);
});
