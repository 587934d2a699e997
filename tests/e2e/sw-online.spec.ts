import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../../src/integrations/service-worker';
import { serveStatic, type StaticServer } from './static-server';

// Online, with a worker controlling the page: the case that let a cached not-found page answer
// for every address the precache lacked. Each test serves its own copy of the build.

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
let dir: string;
let server: StaticServer;

test.beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'hsc-online-'));
	await cp(DIST, dir, { recursive: true });
	server = await serveStatic(dir);
});
test.afterEach(async () => {
	await server.close();
	await rm(dir, { recursive: true, force: true });
});

/** Opens a page and waits until the worker controls it, with everything precached. */
async function install(page: Page, path = ''): Promise<void> {
	await page.goto(`${server.url}${path}`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await expect(page.getByText('Available offline')).toBeVisible();
}

/** Writes a changed copy of a page into the served site. */
async function edit(path: string, marker: string): Promise<void> {
	const file = join(dir, path);
	await writeFile(file, (await readFile(file, 'utf8')).replace('</h1>', `</h1><p>${marker}</p>`));
}

test('a page deployed after the worker installed is shown, not the not-found page', async ({ page }) => {
	await install(page);
	await cp(join(dir, '418'), join(dir, '299'), { recursive: true });
	await edit('299/index.html', 'Added later');
	for (const path of ['299/', '299']) {
		const response = await page.goto(`${server.url}${path}`);
		expect(response?.status(), path).toBe(200);
		await expect(page.getByText('Added later'), path).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
	}
});

test('JSON, XML and text files typed in the address bar come from the network', async ({ page }) => {
	await install(page);
	for (const [path, type, start] of [
		['codes.json', 'application/json', '{'],
		['429.json', 'application/json', '{'],
		['sitemap-index.xml', 'application/xml', '<?xml'],
		['robots.txt', 'text/plain', 'User-agent'],
	]) {
		const response = await page.goto(`${server.url}${path}`);
		expect(response?.headers()['content-type'], path).toContain(type);
		expect((await response!.text()).trimStart().startsWith(start), path).toBe(true);
	}
});

test('an unknown address keeps the server’s 404 status and shows the not-found banner', async ({ page }) => {
	await install(page);
	const response = await page.goto(`${server.url}no-such-page/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('an address that looks like another host stays on this origin', async ({ page }) => {
	const other = await serveStatic(dir);
	try {
		await install(page);
		const origin = new URL(server.url).origin;
		const port = new URL(other.url).port;
		for (const path of [`/127%2E0%2E0%2E1:${port}`, `//127%2E0%2E0%2E1:${port}`, `//127%2E0%2E0%2E1:${port}/`, `/%5C127%2E0%2E0%2E1:${port}`]) {
			await page.goto(`${origin}${path}`).catch(() => null);
			expect(new URL(page.url()).origin, path).toBe(origin);
		}
	} finally {
		await other.close();
	}
});

test('with the precache cleared, the footer no longer promises offline use', async ({ page }) => {
	await install(page, '418/');
	await page.evaluate(async () => {
		for (const key of await caches.keys()) await caches.delete(key);
	});
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('418 (Unused)');
	await expect(page.getByText('Available offline')).toBeHidden();
});

test('Reload in a second tab shows the new version after the first tab updated', async ({ context }) => {
	const a = await context.newPage();
	await install(a, '418/');
	const b = await context.newPage();
	await b.goto(`${server.url}500/`);
	await edit('418/index.html', 'Revised edition');
	await edit('500/index.html', 'Revised edition');
	await generateSW(serviceWorkerOptions(dir));
	for (const tab of [a, b]) {
		await tab.reload();
		await expect(tab.getByRole('status').filter({ hasText: 'A new version' })).toBeVisible({ timeout: 15_000 });
	}
	for (const tab of [a, b]) {
		await tab.getByRole('status').filter({ hasText: 'A new version' }).getByRole('button', { name: 'Reload' }).click();
		await expect(tab.getByText('Revised edition')).toBeVisible();
	}
});

test('an edge still serving the old page during an update does not pin it', async ({ page }) => {
	await install(page, '418/');
	const old = await readFile(join(dir, '418/index.html'));
	await edit('418/index.html', 'Second edition');
	// The edge has the new worker but still the old page, from the moment the new worker exists:
	// an update check the browser makes on its own then meets the same stale page as ours.
	server.stale.set('/418/index.html', old);
	await generateSW(serviceWorkerOptions(dir));
	/** Asks for an update and returns how the new worker's install ended. */
	const update = () =>
		page.evaluate(async () => {
			const registration = (await navigator.serviceWorker.getRegistration())!;
			await registration.update();
			const worker = registration.installing;
			if (!worker) return registration.waiting ? 'installed' : 'none';
			return new Promise<string>((resolve) =>
				worker.addEventListener('statechange', () => ['installed', 'redundant'].includes(worker.state) && resolve(worker.state)),
			);
		});
	// The install must fail, not store the old page under the new revision.
	expect(await update()).toBe('redundant');
	// The edge catches up; the next check installs the new version for real.
	server.stale.clear();
	expect(await update()).toBe('installed');
	await page.reload();
	const notice = page.getByRole('status').filter({ hasText: 'A new version' });
	await expect(notice).toBeVisible({ timeout: 15_000 });
	await notice.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByText('Second edition')).toBeVisible();
});
