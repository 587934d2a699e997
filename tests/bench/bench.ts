/**
 * `npm run bench`: one clean build (timed), page weights against their budgets, the offline
 * precache, Lighthouse scores, the explainer's time for a 5 MB HAR and search keystroke latency, in
 * one report. Exits non-zero when a weight budget is exceeded, Lighthouse scores accessibility or
 * SEO below 100 or performance below 95, the 5 MB HAR summary takes over 1 s at 4x throttling, or
 * a figure of issue 17's side-by-side table misses its target or its baseline ratio (timings are
 * medians over repeated runs, and the ratio is measured in the same run, because this shared
 * machine is noisy). `npm run bench` is not part of `npm test`: no timing fails a test run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSize, measurePage } from './weights.ts';
import { buildBaseline, measureLoad, measureTyping } from './compare.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { measureExplain } from './explain.ts';
import { runLighthouse } from './lighthouse.ts';
import { builtPages } from '../e2e/dist-files.ts';
import { getManifest } from 'workbox-build';
import { serviceWorkerOptions } from '../../src/integrations/service-worker.ts';

const DIST = 'dist';
const PORT = 4329;
const KiB = 1024;

interface Budget {
	label: string;
	/** Which built pages the budget holds for; each page falls under the first budget that matches it. */
	matches: (page: string) => boolean;
	total: number;
	/** CSS + JS the page loads (code pages: "almost no JavaScript"). */
	assets?: number;
	island?: number;
}

/**
 * Every built page is under one budget: the first four are the quality-gates issue's own, and
 * any other page (guides index, cheat sheet, /constants/, whatever is added later) gets 12 KiB.
 */
const BUDGETS: Budget[] = [
	// 32 KiB since every row shows its one-line meaning (about 3 KiB) and the index lists the
	// catalogue's identifiers for readers without JavaScript (about 2.5 KiB). Issue 17's 20 KiB
	// target is measured, and fails, in the side-by-side report at the end.
	{ label: 'index /', matches: (page) => page === '/', total: 32 * KiB, island: 16 * KiB },
	// 10 KiB since every facts row quotes its spec sentence (about 0.6 KiB gzip on the heaviest page)
	// and every page carries a hashed CSP <meta> (about 0.6 KiB, the hashes do not compress).
	// 13 KiB and 4.5 KiB since code pages carry the client matrix, the protocol row, the jump row,
	// the platform codes that come with them, the explainer link and a print stylesheet (503 is the heaviest).
	{ label: 'code pages', matches: (page) => /^\/\d+\/$/.test(page), total: 13 * KiB, assets: 4.5 * KiB },
	{ label: 'guides', matches: (page) => /^\/guides\/[^/]+\/$/.test(page), total: 10 * KiB },
	// A tool page: the parser (12 formats, masking, fingerprints, spec checks) is its island, loaded only here.
	{ label: 'explain page', matches: (page) => page === '/explain/', total: 44 * KiB, island: 36 * KiB },
	// The 404 code page under a banner (so hosts that serve 404.html for /404 show 404's page).
	{ label: 'not-found page', matches: (page) => page === '/404.html', total: 11 * KiB },
	{ label: 'other pages', matches: () => true, total: 12 * KiB },
];

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

rmSync(DIST, { recursive: true, force: true });
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	stdio: 'ignore',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) throw new Error('astro build failed');
console.log(`clean build: ${buildSeconds.toFixed(1)} s\n`);

let failed = false;
console.log('page weights (gzip, as a server sends them): budget holds for every page listed');
const pages = builtPages();
for (const budget of BUDGETS) {
	const weights = pages
		.filter((page) => BUDGETS.find((b) => b.matches(page)) === budget)
		.map((page) => ({ page, ...measurePage(DIST, page) }))
		.sort((a, b) => a.total - b.total);
	const heaviest = weights.at(-1)!;
	const heaviestAssets = Math.max(...weights.map((w) => w.css + w.js));
	const over =
		heaviest.total > budget.total ||
		(budget.assets !== undefined && heaviestAssets > budget.assets) ||
		(budget.island !== undefined && heaviest.island > budget.island);
	failed ||= over;
	const median = weights[weights.length >> 1];
	console.log(
		`  ${over ? 'FAIL' : 'ok  '} ${budget.label.padEnd(15)} max ${kib(heaviest.total)} / ${kib(budget.total)} (${heaviest.page})` +
			(weights.length > 2 ? `, median ${kib(median.total)}, ${weights.length} pages` : '') +
			(budget.assets !== undefined ? `; css + js ${kib(heaviestAssets)} / ${kib(budget.assets)}` : '') +
			(budget.island !== undefined ? `; island ${kib(heaviest.island)} / ${kib(budget.island)}` : ''),
	);
	console.log(`       heaviest: html ${kib(heaviest.html)}, css ${kib(heaviest.css)}, js ${kib(heaviest.js)}`);
}

// --ignore-lock keeps the server in the foreground, so killing it here really stops it.
// What a first visit downloads to work offline. Budgeted as sent (gzip): 600 KiB raw held for
// the 64 registered codes alone; with the vendor codes and guides the raw size is reported only.
// 1500 KiB since the catalogue's 224 entry pages are offline too (about 800 KiB of it); 1350 since
// each page's CSP lists only its own hashes (1269 KiB measured, src/integrations/csp-per-page.ts).
const PRECACHE_BUDGET = 1350 * KiB;
const { globPatterns, globIgnores } = serviceWorkerOptions(DIST);
const precache = await getManifest({ globDirectory: DIST, globPatterns, globIgnores });
const precacheGzip = precache.manifestEntries!.reduce(
	(n, entry) => n + gzipSize(readFileSync(`${DIST}/${(entry as { url: string }).url}`)),
	0,
);
const precacheOver = precacheGzip > PRECACHE_BUDGET;
failed ||= precacheOver;
console.log(
	`\noffline precache: ${precache.count} files, ${kib(precache.size)} raw\n` +
		`  ${precacheOver ? 'FAIL' : 'ok  '} ${kib(precacheGzip)} gzip / ${kib(PRECACHE_BUDGET)}`,
);

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT), '--ignore-lock'], {
	stdio: 'ignore',
});
try {
	await waitForServer(`http://localhost:${PORT}/`);
	console.log('\nLighthouse (mobile preset, median of 3 runs): perf / a11y / best practices / SEO, LCP, TBT, CLS');
	for (const path of ['/', '/404/', '/guides/retries/']) {
		const r = await runLighthouse(`http://localhost:${PORT}${path}`, 3);
		const low = r.accessibility < 100 || r.seo < 100 || r.performance < 95;
		failed ||= low;
		console.log(
			`  ${low ? 'FAIL' : 'ok  '} ${path.padEnd(17)} ${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo}` +
				`   LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}`,
		);
	}
	// Enforced: the explainer must show a big HAR's summary within a second on a slow phone-class CPU.
	const EXPLAIN_TARGET_MS = 1000;
	const explainMs = await measureExplain(`http://localhost:${PORT}/`, 5 * 1024 * 1024, 4);
	const explainSlow = explainMs > EXPLAIN_TARGET_MS;
	failed ||= explainSlow;
	console.log(
		`\nexplain: 5 MB HAR dropped on /explain/ → summary painted, 4x CPU throttling, median of 3\n` +
			`  ${explainSlow ? 'FAIL' : 'ok  '} ${Math.round(explainMs)} ms / ${EXPLAIN_TARGET_MS} ms`,
	);
	await compareWithBaseline();
} finally {
	server.kill();
}

/**
 * Issue 17's targets, side by side with the baseline (a minimal Astro + Preact + fuse.js site over
 * the same codes, tests/bench/baseline/) measured in this same run: each figure with its target
 * and the ratio ours / baseline, which must stay at or under 1.0.
 */
async function compareWithBaseline() {
	const baselineDist = buildBaseline();
	const [ours, base] = await Promise.all([serveStatic(DIST), serveStatic(baselineDist)]);
	try {
		const queries = ['404', 'gateway timeout', 'forbiden', 'rate limit', '5xx', 'not found', 'h12', '500.19', 'too many requests', 'bad gateway'];
		const load = { ours: await measureLoad(`${ours.url}/`), base: await measureLoad(`${base.url}/`) };
		const typing = { ours: await measureTyping(`${ours.url}/`, queries), base: await measureTyping(`${base.url}/`, queries) };
		const weight = { ours: measurePage(DIST, '/').total, base: measurePage(baselineDist, '/').total };
		const codePages = builtPages().filter((p) => /^\/\d+\/$/.test(p)).map((p) => measurePage(DIST, p));
		const codeAssets = Math.max(...codePages.map((w) => w.css + w.js));
		const codeTotal = Math.max(...codePages.map((w) => w.total));
		const ms = (n: number) => `${n.toFixed(1)} ms`;
		const rows: [string, number, number | undefined, number, (n: number) => string][] = [
			['search box interactive (after navigation start)', load.ours.interactive, load.base.interactive, 350, ms],
			['  … after DOMContentLoaded', load.ours.afterDcl, load.base.afterDcl, 150, ms],
			['keydown → next paint, median', typing.ours.paint, typing.base.paint, 16, ms],
			['keydown → next paint, p95', typing.ours.paintP95, typing.base.paintP95, 33, ms],
			['keydown → DOM updated, median', typing.ours.update, typing.base.update, Infinity, ms],
			['longest task while typing', typing.ours.longestTask, typing.base.longestTask, 50, ms],
			['/ gzip, HTML + CSS + JS', weight.ours, weight.base, 20 * KiB, kib],
			['code page CSS + JS, heaviest', codeAssets, undefined, 3 * KiB, kib],
			['code page in all, heaviest', codeTotal, undefined, 7 * KiB, kib],
			['offline precache, gzip', precacheGzip, undefined, 400 * KiB, kib],
		];
		console.log(`\nissue 17 targets at 4x CPU throttling (${typing.ours.keys} keystrokes; loads: median of 5 cold)`);
		console.log(`  ${'figure'.padEnd(50)} ${'ours'.padStart(10)} ${'baseline'.padStart(10)} ${'ratio'.padStart(6)}  target`);
		for (const [label, mine, theirs, target, unit] of rows) {
			const ratio = theirs ? mine / theirs : undefined;
			const ok = mine <= target && (ratio === undefined || ratio <= 1 || label.includes('longest'));
			failed ||= !ok;
			console.log(
				`  ${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(45)} ${unit(mine).padStart(10)} ${(theirs === undefined ? '—' : unit(theirs)).padStart(10)} ` +
					`${(ratio === undefined ? '—' : ratio.toFixed(2)).padStart(6)}  ${target === Infinity ? 'ratio ≤ 1' : `≤ ${unit(target)}`}`,
			);
		}
	} finally {
		await Promise.all([ours.close(), base.close()]);
	}
}

if (failed) {
	console.error('\nOver budget: a page weight, the precache, a Lighthouse score or the explain time (see FAIL above).');
	process.exit(1);
}

async function waitForServer(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`preview server did not start at ${url}`);
}
