import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { median } from './latency.ts';

/** A HAR of about `bytes`, shaped like a Chrome export: mixed statuses, real-looking headers, some bodies. */
export function generateHar(bytes: number): string {
	const statuses = [200, 200, 200, 200, 304, 301, 404, 401, 503, 502, 0];
	const entries: unknown[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const status = statuses[i % statuses.length];
		const entry = {
			startedDateTime: '2026-03-02T10:00:00.000Z',
			time: 42,
			request: {
				method: i % 9 ? 'GET' : 'POST',
				url: `https://www.example.com/assets/${i}/file.js?v=${i}&access_token=FAKE${i}`,
				httpVersion: 'HTTP/2',
				headers: [
					{ name: 'accept', value: '*/*' },
					{ name: 'authorization', value: `Bearer FAKEtoken${i}` },
					{ name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36' },
				],
				cookies: [{ name: 'sid', value: `FAKEcookie${i}` }],
				queryString: [{ name: 'v', value: String(i) }],
				headersSize: -1,
				bodySize: 0,
			},
			response: {
				status,
				statusText: '',
				httpVersion: 'HTTP/2',
				headers: [
					{ name: 'server', value: i % 3 ? 'cloudflare' : 'envoy' },
					{ name: 'cf-ray', value: `8a1b2c3d4e5f${String(i).padStart(4, '0')}-AMS` },
					{ name: 'content-type', value: 'application/javascript' },
					{ name: 'cache-control', value: 'public, max-age=31536000, immutable' },
					{ name: 'set-cookie', value: `sid=FAKEset${i}; Path=/; HttpOnly` },
				],
				cookies: [],
				content: { size: 1200, mimeType: 'application/javascript', text: `console.log(${i});`.repeat(40) },
				redirectURL: '',
				headersSize: -1,
				bodySize: status === 0 ? 0 : 1200,
				...(status === 0 ? { _error: 'net::ERR_CONNECTION_RESET' } : {}),
			},
			cache: {},
			timings: { blocked: 1, dns: -1, connect: -1, send: 0, wait: 40, receive: 1 },
		};
		const text = JSON.stringify(entry);
		size += text.length + 1;
		entries.push(entry);
	}
	return JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [], entries } });
}

/**
 * Drops a generated HAR of `bytes` on /explain/ (through the file input) at `cpuSlowdown`x CPU
 * throttling and returns the median, over `rounds`, of the time from the file reaching the island to
 * the painted frame showing the summary (the island's `explain` performance measure).
 */
export async function measureExplain(baseUrl: string, bytes: number, cpuSlowdown: number, rounds = 3): Promise<number> {
	const har = Buffer.from(generateHar(bytes));
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		const cdp = await page.context().newCDPSession(page);
		const times: number[] = [];
		for (let round = 0; round < rounds; round++) {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			await page.goto(`${baseUrl}explain/`);
			await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
			await page.getByLabel('Choose a file').setInputFiles({ name: 'bench.har', mimeType: 'application/json', buffer: har });
			await page.locator('#explain-summary').waitFor({ timeout: 60_000 });
			const handle = await page.waitForFunction(() => performance.getEntriesByName('explain', 'measure')[0]?.duration, undefined, { timeout: 60_000 });
			times.push(Number(await handle.jsonValue()));
		}
		return median(times);
	} finally {
		await browser.close();
	}
}
