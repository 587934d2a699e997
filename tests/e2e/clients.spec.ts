import { expect, test } from '@playwright/test';
import { openIndex, resultLinks, searchBox } from './helpers';

test.describe('client matrix without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the 302 page shows the PUT divergence, each client linked to its cell with the source read', async ({ page }) => {
		await page.goto('/302/');
		const section = page.getByRole('region', { name: 'What clients do' });
		const put = section.getByRole('table', { name: /PUT, DELETE or QUERY after a 301 or 302/ });
		await expect(section.getByRole('heading', { name: /PUT, DELETE or QUERY after a 301 or 302/ })).toContainText('clients disagree');
		await expect(put.getByRole('row', { name: /^Kept/ })).toContainText('Browser fetch');
		await expect(put.getByRole('row', { name: /^GET on 302; kept on 301/ })).toContainText('requests');
		await expect(put.getByRole('row', { name: /^GET \(body dropped\)/ })).toContainText('Go net/http');

		// Following a name lands on its cell of the matrix, which names the file and version read.
		await put.getByRole('link', { name: 'requests', exact: true }).click();
		await expect(page).toHaveURL(/\/clients\/#put-301-302\.requests$/);
		const cell = page.locator('[id="put-301-302.requests"]');
		await expect(cell).toContainText('GET on 302; kept on 301');
		await expect(cell.getByRole('link', { name: 'requests v2.34.2 src/requests/sessions.py' })).toHaveAttribute(
			'href',
			'https://github.com/psf/requests/blob/v2.34.2/src/requests/sessions.py',
		);
		const go = page.locator('[id="put-301-302.go-net-http"]');
		await expect(go.getByRole('link', { name: /Go net\/http client\.go/ })).toHaveAttribute('href', /github\.com\/golang\/go\/blob\/[0-9a-f]{40}\/src\/net\/http\/client\.go$/);
		const fetch = page.locator('[id="put-301-302.browser-fetch"]');
		await expect(fetch.getByRole('link', { name: /Fetch Standard/ })).toHaveAttribute('href', 'https://fetch.spec.whatwg.org/#http-redirect-fetch');
	});

	test('every page the issue names has a client table', async ({ page }) => {
		for (const code of [301, 302, 303, 304, 307, 308, 401, 407, 408, 413, 421, 429, 500, 502, 503, 504]) {
			await page.goto(`/${code}/`);
			await expect(page.getByRole('region', { name: 'What clients do' }).getByRole('table').first(), String(code)).toBeVisible();
		}
	});

	test('a client page gives every detail and source', async ({ page }) => {
		await page.goto('/clients/go-net-http/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go net/http');
		await expect(page.getByText('Issue 18570')).toBeVisible();
	});

	test('the protocol row is in the facts box of every kind of code', async ({ page }) => {
		await page.goto('/101/');
		const facts = page.getByRole('region', { name: /Spec facts/ });
		await expect(facts.getByText('HTTP versions')).toBeVisible();
		await expect(facts).toContainText('HTTP/1.1 only');
		await expect(facts.getByText('RFC 8441 §1', { exact: true })).toBeVisible();
		await page.goto('/404/');
		await expect(page.getByRole('region', { name: /Spec facts/ })).toContainText('No difference');
	});

	test('/grpc/ lists the 17 gRPC codes and labels both tables with direction and scope', async ({ page }) => {
		await page.goto('/grpc/');
		const codes = page.getByRole('region', { name: 'The 17 codes, and gRPC → HTTP' });
		await expect(codes.getByRole('row')).toHaveCount(18);
		await expect(codes.getByRole('row', { name: /RESOURCE_EXHAUSTED/ })).toContainText('429');
		const fromHttp = page.getByRole('region', { name: 'HTTP → gRPC' });
		await expect(fromHttp).toContainText('without grpc-status');
		await expect(fromHttp.getByRole('row', { name: /^429/ })).toContainText('UNAVAILABLE');
		await expect(page.getByRole('region', { name: 'Why the two tables are not inverses' })).toBeVisible();
	});

	test('the 429 page shows its gRPC row both ways', async ({ page }) => {
		await page.goto('/429/');
		const grpc = page.getByRole('region', { name: /gRPC/ });
		await expect(grpc).toContainText('UNAVAILABLE (14)');
		await expect(grpc).toContainText('RESOURCE_EXHAUSTED (8) maps to 429');
	});
});

test.describe('/clients/ on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the page does not scroll sideways; the matrix scrolls in its frame with sticky headers', async ({ page }) => {
		await page.goto('/clients/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const box = page.getByRole('region', { name: /scrolls sideways/ });
		await expect(box).toBeVisible();
		const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(sizes.scroll).toBeGreaterThan(sizes.client);

		const header = box.locator('thead th').nth(3);
		const firstColumn = box.locator('tbody th').first();
		const before = { header: await header.boundingBox(), first: await firstColumn.boundingBox() };
		await box.evaluate((el) => el.scrollBy(600, 400));
		const after = { header: await header.boundingBox(), first: await firstColumn.boundingBox() };
		// The header row stays at the top of the frame, the behaviour column at its left edge.
		expect(after.header!.y).toBeCloseTo(before.header!.y, 0);
		expect(after.first!.x).toBeCloseTo(before.first!.x, 0);
		expect(after.header!.x).toBeLessThan(before.header!.x);
	});
});

test('the search finds UNAVAILABLE, RESOURCE_EXHAUSTED and grpc-status 14', async ({ page }) => {
	await openIndex(page);
	for (const [query, first] of [
		['UNAVAILABLE', '503'],
		['RESOURCE_EXHAUSTED', '429'],
		['grpc-status 14', '503'],
	]) {
		await searchBox(page).fill(query);
		await expect(resultLinks(page).first()).toContainText(first);
	}
});
