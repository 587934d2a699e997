import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

/** Median of a list of numbers. */
export function median(values: number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians, in ms, of what one keystroke in the search box costs. */
export interface KeystrokeTiming {
	/** keydown until the island has updated the DOM: the script work. */
	update: number;
	/** keydown until the frame showing the update has been produced. */
	paint: number;
}

/**
 * Types each query into the index search box and measures, per keystroke, the time from the
 * keydown event to the DOM update and to the next frame after it.
 */
export async function measureKeystrokes(baseUrl: string, queries: string[], cpuSlowdown = 1): Promise<KeystrokeTiming> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		await page.goto(baseUrl);
		await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
		await page.evaluate(() => {
			const w = window as unknown as { paint: number[]; update: number[]; start: number };
			w.paint = [];
			w.update = [];
			w.start = 0;
			new MutationObserver(() => {
				if (w.start) w.update.push(performance.now() - w.start);
				w.start = 0;
			}).observe(document.querySelector('astro-island')!, { subtree: true, childList: true, characterData: true, attributes: true });
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
		const box = page.getByRole('searchbox', { name: /search/i });
		for (let round = 0; round < 3; round++) {
			for (const query of queries) {
				await box.fill('');
				await box.pressSequentially(query, { delay: 60 });
			}
		}
		await page.waitForTimeout(200);
		const w = await page.evaluate(() => {
			const { paint, update } = window as unknown as { paint: number[]; update: number[] };
			return { paint, update };
		});
		return { update: median(w.update), paint: median(w.paint) };
	} finally {
		await browser.close();
	}
}
