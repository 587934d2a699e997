import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { openIndex, resultLinks, searchBox } from './helpers';

/** Waits until the service worker is activated, i.e. everything is precached. */
async function waitForWorker(page: Page): Promise<void> {
	const state = await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active!;
		if (worker.state !== 'activated') {
			await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)));
		}
		return worker.state;
	});
	expect(state).toBe('activated');
}

test('after one visit, code pages, the index and its search work offline', async ({ page, context }) => {
	await openIndex(page);
	await waitForWorker(page);
	await expect(page.getByText('Available offline')).toBeVisible();
	await context.setOffline(true);
	await page.goto('/418/');
	await expect(page.getByRole('status').filter({ hasText: 'You are offline: this is a saved copy.' })).toBeVisible();

	for (const [path, heading] of [
		['/418/', '418 (Unused)'],
		['/500/', '500 Internal Server Error'],
		['/404/', '404 Not Found'],
		['/418', '418 (Unused)'],
		['/429/?utm_source=newsletter', '429 Too Many Requests'],
		['/503?ref=status', '503 Service Unavailable'],
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
	}

	await openIndex(page, '/?q=gateway');
	await expect(searchBox(page)).toHaveValue('gateway');
	await expect(resultLinks(page).first()).toHaveText(/^50[24]/);
	await searchBox(page).fill('rate limit');
	await expect(resultLinks(page).first()).toHaveText(/^429/);
	await page.getByRole('button', { name: /^4xx\b/ }).click();
	await page.getByRole('button', { name: 'Official only' }).click();
	await searchBox(page).fill('timeout');
	await expect(resultLinks(page)).toHaveText([/^408/]);
});

test('an unknown address offline shows the site not-found page', async ({ page, context }) => {
	await page.goto('/');
	await waitForWorker(page);
	await context.setOffline(true);
	for (const path of ['/no-such-page/', '/still/not/here']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { name: 'Page not found' }), path).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('404 Not Found');
	}
	await context.setOffline(false);
	await page.goto('/418/');
	await expect(page.getByText('You are offline: this is a saved copy.')).toBeHidden();
});

test('Chromium finds the site installable', async ({ baseURL }) => {
	// Installability is never reported in incognito, which every normal Playwright context is.
	const profile = await mkdtemp(join(tmpdir(), 'hsc-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		baseURL,
	});
	try {
		const page = await context.newPage();
		await page.goto('/');
		await waitForWorker(page);
		await page.reload();
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});
