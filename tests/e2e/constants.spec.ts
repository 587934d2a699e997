import { expect, test } from '@playwright/test';

test.describe('/constants/ matrix', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('its header row and code column stay in view while it scrolls both ways', async ({ page }) => {
		await page.goto('/constants/');
		const box = page.getByRole('region', { name: 'All codes' });
		await box.evaluate((el) => el.scrollTo(400, 1200));
		const frame = (await box.boundingBox())!;
		const header = (await box.getByRole('columnheader', { name: 'Python' }).boundingBox())!;
		expect(Math.abs(header.y - frame.y)).toBeLessThan(2);
		const corner = (await box.getByRole('columnheader', { name: 'Code' }).boundingBox())!;
		expect(Math.abs(corner.x - frame.x)).toBeLessThan(2);
		const row = (await box.getByRole('rowheader', { name: /^429 / }).boundingBox())!;
		expect(Math.abs(row.x - frame.x)).toBeLessThan(2);
	});

	test('a shadow at the right edge says more columns follow, and a cover hides it at the end', async ({ page }) => {
		await page.goto('/constants/');
		const box = page.getByRole('region', { name: 'All codes' });
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		const [image, attachment] = await box.evaluate((el) => {
			const style = getComputedStyle(el);
			return [style.backgroundImage, style.backgroundAttachment];
		});
		expect(image).toMatch(/linear-gradient.*radial-gradient/);
		expect(attachment).toBe('local, scroll');
	});
});
