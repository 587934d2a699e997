import { expect, test } from '@playwright/test';
import { CODES } from './site-data';

/** Pages of a PDF: its page objects, `/Type /Page` but not the `/Type /Pages` tree nodes. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

test('every code page prints on at most 2 A4 pages', async ({ page }) => {
	test.setTimeout(240_000);
	const long: string[] = [];
	for (const code of CODES) {
		await page.goto(`/${code}/`);
		const pages = pageCount(await page.pdf({ format: 'A4' }));
		expect(pages).toBeGreaterThan(0);
		if (pages > 2) long.push(`${code}: ${pages} pages`);
	}
	expect(long).toEqual([]);
});

for (const path of ['/503/', '/499/', '/guides/retries/']) {
	test(`${path} prints without buttons, nav or jump links, with its address and the date`, async ({ page }) => {
		await page.goto(path);
		await page.pdf({ format: 'A4' }); // fires beforeprint, which dates the footer line
		await page.emulateMedia({ media: 'print' });
		const text = await page.locator('body').innerText();
		for (const chrome of ['Copy', 'Auto', 'On this page', 'Skip to content', 'All codes', 'Cheat sheet']) {
			expect(text, chrome).not.toMatch(new RegExp(`\\b${chrome}\\b`));
		}
		expect(text).toMatch(new RegExp(`Printed from https?://[^/]+${path} on \\d{4}-\\d{2}-\\d{2}`));
		// Outside links print where they go.
		const after = await page
			.locator('body a[href^="http"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('https://');
	});
}

test('a printed example is dark text, and a source shows the spec’s own words and address', async ({ page }) => {
	await page.goto('/503/');
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('.prose-code pre').first().evaluate((pre) => getComputedStyle(pre).color)).toBe('rgb(0, 0, 0)');
	const quote = page.locator('.cite blockquote').first();
	await expect(quote).toBeVisible();
	expect(await quote.evaluate((q) => getComputedStyle(q, '::after').content)).toContain('https://www.rfc-editor.org/');
});
