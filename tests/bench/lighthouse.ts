import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { median } from './latency.ts';

/** Median Lighthouse category scores (0–100) and lab metrics of one URL. */
export interface LighthouseResult {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcp: number;
	tbt: number;
	cls: number;
}

/** Runs Lighthouse (mobile preset, the default) `runs` times against `url` and takes medians. */
export async function runLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	try {
		const results: LighthouseResult[] = [];
		for (let i = 0; i < runs; i++) {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
			const lhr = result!.lhr;
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
			results.push({
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: metric('cumulative-layout-shift'),
			});
		}
		const pick = (key: keyof LighthouseResult) => median(results.map((r) => r[key]));
		return {
			performance: pick('performance'),
			accessibility: pick('accessibility'),
			bestPractices: pick('bestPractices'),
			seo: pick('seo'),
			lcp: pick('lcp'),
			tbt: pick('tbt'),
			cls: pick('cls'),
		};
	} finally {
		await chrome.kill();
	}
}
