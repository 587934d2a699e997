import { expect, test } from '@playwright/test';
import { CODES } from './site-data';

/** Number of pages in a PDF: its page objects, not the page-tree node. */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test('the cheat sheet lists every code and links each page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Cheat sheet' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP status codes cheat sheet');
	for (const code of CODES) await expect(page.locator(`.sheet a[href="/${code}/"]`)).toHaveCount(1);
});

for (const format of ['A4', 'Letter'] as const) {
	test(`the cheat sheet prints on two ${format} pages`, async ({ page }) => {
		await page.goto('/cheatsheet/');
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format, printBackground: false });
		const pages = pageCount(pdf);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(2);
	});
}

test('printing in dark mode prints dark text on white', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/cheatsheet/');
	const colours = () =>
		page.evaluate(() => {
			const body = getComputedStyle(document.body);
			return { text: body.color, paper: body.backgroundColor };
		});
	expect(await colours()).toEqual({ text: 'rgb(241, 245, 249)', paper: 'rgb(2, 6, 23)' });
	// The theme button's stored choice must not win over paper either.
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	expect(await colours()).toEqual({ text: 'rgb(15, 23, 42)', paper: 'rgb(255, 255, 255)' });
});
