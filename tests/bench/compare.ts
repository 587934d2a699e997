import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { median, p95 } from './latency.ts';

/**
 * Side by side with a baseline: a minimal Astro 7 + Preact + fuse.js site over the same codes
 * (tests/bench/baseline/), built here so both are measured in one run on one machine, and the
 * ratio ours / baseline means something on a noisy shared host.
 */

/** Builds the baseline into tests/bench/baseline/dist; throws when the build fails. */
export function buildBaseline(): string {
	const { BASE_URL, MODE, ...env } = process.env;
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'tests/bench/baseline'], {
		encoding: 'utf8',
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (run.status !== 0) throw new Error(`baseline build failed:\n${run.stdout}\n${run.stderr}`);
	// The test server answers unknown paths (the favicon the browser asks for) with 404.html.
	writeFileSync('tests/bench/baseline/dist/404.html', '<!doctype html><title>Not found</title><h1>Not found</h1>');
	return 'tests/bench/baseline/dist';
}

/** Medians, in ms after navigation start, of when the search island became interactive. */
export interface LoadTiming {
	/** Astro removed the island's `ssr` attribute (hydrated, handlers attached) and, on ours, the island has read the rows. */
	interactive: number;
	/** The same, counted from DOMContentLoaded. */
	afterDcl: number;
}

async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		return await run(browser);
	} finally {
		await browser.close();
	}
}

/** Loads `url` cold `runs` times at `cpu`× throttling and times the island's hydration. */
export async function measureLoad(url: string, runs = 5, cpu = 4): Promise<LoadTiming> {
	return withBrowser(async (browser) => {
		const interactive: number[] = [];
		const afterDcl: number[] = [];
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
			await page.addInitScript(() => {
				const w = window as unknown as { hydrated?: number };
				// Hydrated, and for ours the rows read too (the form's data-ready): searching works.
				new MutationObserver((_, observer) => {
					if (document.querySelector('astro-island:not([ssr])') && !document.querySelector('form[data-ready=false]')) {
						w.hydrated = performance.now();
						observer.disconnect();
					}
				}).observe(document, { subtree: true, attributes: true, attributeFilter: ['ssr', 'data-ready'], childList: true });
			});
			await page.goto(url);
			await page.waitForFunction(() => (window as unknown as { hydrated?: number }).hydrated !== undefined);
			const t = await page.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const hydrated = (window as unknown as { hydrated: number }).hydrated;
				return { hydrated, dcl: nav.domContentLoadedEventEnd };
			});
			interactive.push(t.hydrated);
			afterDcl.push(t.hydrated - t.dcl);
			await context.close();
		}
		return { interactive: median(interactive), afterDcl: median(afterDcl) };
	});
}

/** Per-keystroke timings over realistic queries typed one key at a time. */
export interface TypingTiming {
	update: number;
	paint: number;
	paintP95: number;
	/** The longest task seen while typing (0 when none reached 50 ms). */
	longestTask: number;
	keys: number;
}

/**
 * Types each query into the page's search box at `cpu`× throttling and measures, per keystroke,
 * keydown → the first DOM change anywhere in the page, and keydown → the next frame.
 */
export async function measureTyping(url: string, queries: string[], cpu = 4, rounds = 3): Promise<TypingTiming> {
	return withBrowser(async (browser) => {
		const page = await browser.newPage();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		await page.goto(url);
		await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
		// Let idle-time loading (keywords, fuse.js) finish, as it would before a reader types.
		await page.waitForTimeout(1500);
		await page.evaluate(() => {
			const w = window as unknown as { paint: number[]; update: number[]; start: number; longest: number };
			Object.assign(w, { paint: [], update: [], start: 0, longest: 0 });
			new MutationObserver(() => {
				if (w.start) w.update.push(performance.now() - w.start);
				w.start = 0;
			}).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
			}).observe({ type: 'longtask' });
			document.addEventListener(
				'keydown',
				(event) => {
					const start = event.timeStamp;
					w.start = start;
					requestAnimationFrame(() => setTimeout(() => w.paint.push(performance.now() - start)));
				},
				{ capture: true },
			);
		});
		const box = page.getByRole('searchbox').first();
		for (let round = 0; round < rounds; round++) {
			for (const query of queries) {
				await box.fill('');
				await box.pressSequentially(query, { delay: 80 });
			}
		}
		await page.waitForTimeout(300);
		const { paint, update, longest } = await page.evaluate(() => {
			const v = window as unknown as { paint: number[]; update: number[]; longest: number };
			return { paint: v.paint, update: v.update, longest: v.longest };
		});
		return { update: median(update), paint: median(paint), paintP95: p95(paint), longestTask: longest, keys: paint.length };
	});
}
