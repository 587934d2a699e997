import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openIndex, resultLinks, searchBox } from './helpers';

// The built site behind a real nginx, configured with the README's own server block, so the
// Deploy section cannot drift from what works. .ci/run installs Debian's nginx when it is missing.

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));

test.skip(!existsSync(NGINX) && !process.env.CI, `no nginx at ${NGINX} (apt-get install nginx)`);
test.describe.configure({ mode: 'serial' });

let dir: string;
let nginx: ChildProcess;
let origin: string;

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** The README's ```nginx block, pointed at dist/ on a loopback port. */
async function readmeConfig(port: number): Promise<string> {
	const block = /```nginx\n([\s\S]*?)```/.exec(await readFile(README, 'utf8'))?.[1];
	if (!block) throw new Error('README.md has no ```nginx block');
	const config = block.replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root [^;]+;/m, `$1root ${DIST};`);
	if (!config.includes(`127.0.0.1:${port}`) || !config.includes(DIST)) throw new Error('README nginx block: no `listen 80;` or `root …;` line');
	return config;
}

test.beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'hsc-nginx-'));
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	const temp = (name: string) => `${name} ${join(dir, name)};`;
	await writeFile(
		join(dir, 'nginx.conf'),
		[
			'daemon off;',
			// Workers read dist/ as the user running the test: a clone under a 0700 temp folder is
			// unreadable to nginx's default `nobody`. (Ignored, with a notice, when not run as root.)
			`user ${userInfo().username};`,
			'worker_processes 1;',
			`pid ${join(dir, 'nginx.pid')};`,
			`error_log ${join(dir, 'error.log')} warn;`,
			'events { worker_connections 64; }',
			'http {',
			'include /etc/nginx/mime.types;',
			'default_type application/octet-stream;',
			'access_log off;',
			...['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp),
			await readmeConfig(port),
			'}',
		].join('\n'),
	);
	nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	nginx.stderr?.on('data', (chunk) => (stderr += chunk));
	for (let i = 0; i < 100; i++) {
		if (nginx.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
		if (await fetch(`${origin}/`).then(() => true, () => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`nginx did not start: ${stderr}`);
});

test.afterAll(async () => {
	nginx?.kill('SIGTERM');
	await new Promise((resolve) => (nginx?.exitCode !== null ? resolve(null) : nginx.once('exit', resolve)));
	await rm(dir, { recursive: true, force: true });
});

test('nginx sends /418 to /418/ with a relative Location, keeping the query', async ({ request }) => {
	const response = await request.get(`${origin}/418?from=a`, { maxRedirects: 0 });
	expect(response.status()).toBe(301);
	expect(response.headers().location).toBe('/418/?from=a');
});

test('nginx shows the 404 Not Found page at /404/ and /404, without the not-found banner', async ({ page }) => {
	for (const path of ['/404/', '/404']) {
		const response = await page.goto(`${origin}${path}`);
		expect(response?.status(), path).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('404 Not Found');
		await expect(page.getByRole('heading', { name: 'Page not found' }), path).toHaveCount(0);
	}
});

test('nginx answers an unknown address with status 404 and the not-found page', async ({ page }) => {
	const response = await page.goto(`${origin}/no-such-page/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	expect(response?.headers()['x-content-type-options']).toBe('nosniff');
});

test('nginx sends the security and caching headers the README promises', async ({ request }) => {
	const html = await request.get(`${origin}/429/`);
	const headers = html.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("object-src 'none'");
	expect(headers['cache-control']).toBe('no-cache');
	expect((await html.text()).includes('http-equiv="content-security-policy"')).toBe(true);
	expect((await request.get(`${origin}/sw.js`)).headers()['cache-control']).toBe('no-cache');
	const asset = /\/_astro\/[^"]+\.css/.exec(await html.text())![0];
	const css = await request.get(`${origin}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
	expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(css.headers()['content-encoding']).toBe('gzip');
	expect((await request.get(`${origin}/manifest.webmanifest`)).headers()['content-type']).toContain('application/manifest+json');
	expect((await request.get(`${origin}/_headers`)).status()).toBe(404);
});

test('under the shipped CSP, search works with no violation and the worker installs', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to: ${event.violatedDirective}`));
	});
	await openIndex(page, `${origin}/`);
	await searchBox(page).fill('gateway');
	await expect(resultLinks(page).first()).toHaveText(/^50[24]/);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect(page.getByText('Available offline')).toBeVisible();
	for (const path of ['/429/', '/no-such-page/']) await page.goto(`${origin}${path}`);
	expect(violations).toEqual([]);
});
