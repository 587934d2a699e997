import { expect, test } from '@playwright/test';
import { PAGES } from './site-data';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the manifest is valid and every icon it names exists at its stated size', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = JSON.parse(await response.text());
	expect(manifest).toMatchObject({ name: expect.any(String), short_name: expect.any(String), display: 'standalone' });
	expect(manifest.start_url).toBeTruthy();
	expect(manifest.scope).toBeTruthy();
	const purposes = manifest.icons.map((icon: { purpose?: string }) => icon.purpose ?? 'any');
	expect(purposes).toContain('maskable');
	for (const icon of manifest.icons) {
		const file = await request.get(new URL(icon.src, 'http://x/manifest.webmanifest').pathname);
		expect(file.ok(), icon.src).toBe(true);
		if (icon.type === 'image/png') expect(pngSize(await file.body()), icon.src).toBe(icon.sizes);
	}
	expect(manifest.icons.some((icon: { sizes: string }) => icon.sizes === '192x192')).toBe(true);
	expect(manifest.icons.some((icon: { sizes: string }) => icon.sizes === '512x512')).toBe(true);
});

test('every page links the manifest', async ({ request }) => {
	for (const path of [...PAGES, '/404.html']) {
		const html = await (await request.get(path)).text();
		expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest">');
	}
});
