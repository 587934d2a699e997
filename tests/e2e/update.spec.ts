import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../../src/integrations/service-worker';
import { serveStatic } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

test('a new deployment is offered with a Reload notice and then served', async ({ page }) => {
	const dir = await mkdtemp(join(tmpdir(), 'hsc-site-'));
	await cp(DIST, dir, { recursive: true });
	const server = await serveStatic(dir);
	try {
		await page.goto(`${server.url}418/?from=test`);
		await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
		await expect(page.getByText('Available offline')).toBeVisible();

		// Deploy a changed page and the worker that precaches it.
		const file = join(dir, '418/index.html');
		const html = await readFile(file, 'utf8');
		await writeFile(file, html.replace('</h1>', '</h1><p>Revised edition</p>'));
		await generateSW(serviceWorkerOptions(dir));

		await page.reload();
		const notice = page.getByRole('status').filter({ hasText: 'A new version' });
		await expect(notice).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText('Revised edition')).toHaveCount(0);
		await notice.getByRole('button', { name: 'Reload' }).click();
		await expect(page.getByText('Revised edition')).toBeVisible();
		await expect(page).toHaveURL(/\/418\/\?from=test$/);
		await expect(notice).toBeHidden();
	} finally {
		await server.close();
		await rm(dir, { recursive: true, force: true });
	}
});
