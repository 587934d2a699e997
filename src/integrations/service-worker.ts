import { fileURLToPath } from 'node:url';
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import type { AstroIntegration } from 'astro';

/**
 * Workbox options for the site in `dir`, served under `base` (`/` or `/docs/`). Exported so the
 * update test can regenerate the worker over a changed copy of the site.
 */
export function serviceWorkerOptions(dir: string, base = '/'): GenerateSWOptions {
	const root = base.endsWith('/') ? base : `${base}/`;
	return {
		globDirectory: dir,
		// Every page, stylesheet, script, the search keywords, the manifest and icons. Not the JSON API
		// (/codes.json, /{code}.json): data for programs, fetched online, and three times the site.
		globPatterns: ['**/*.{html,css,js,svg,png,webmanifest}', 'search-index.json'],
		// Preact's signals chunk is only imported when an island passes signals, which ours never does.
		globIgnores: ['sw.js', 'workbox-*.js', '_astro/signals.module.*.js'],
		swDest: `${dir}/sw.js`,
		modifyURLPrefix: { '': root },
		mode: 'production',
		sourcemap: false,
		inlineWorkboxRuntime: true,
		cleanupOutdatedCaches: true,
		// New versions wait until the page asks them to take over (the "Reload" notice).
		skipWaiting: false,
		clientsClaim: false,
		directoryIndex: 'index.html',
		// No page's HTML depends on its query string: `/?q=gateway&class=5xx` (the index keeps its
		// view there), `/418/?utm_source=x` and the like are all answered by the cached page.
		ignoreURLParametersMatching: [/.*/],
		// Unknown pages offline get the site's own not-found page, not the browser's error.
		navigateFallback: `${root}404.html`,
		// …except addresses without a trailing slash, which the route below sends to `/418/` first.
		// (Workbox matches these against path + query.)
		navigateFallbackDenylist: [/^[^?]*\/[^/.?]+(?:\?.*)?$/],
		runtimeCaching: [
			{
				urlPattern: ({ request, url }) =>
					request.mode === 'navigate' && url.origin === self.location.origin && /\/[^/.]+$/.test(url.pathname),
				handler: async ({ url }) => Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301),
			},
		],
	};
}

/** Writes `sw.js` (Workbox generateSW) over the finished build. */
export function serviceWorker(): AstroIntegration {
	let base = '/';
	return {
		name: 'hsc:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir), base));
				for (const warning of warnings) logger.warn(warning);
				logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(1)} KiB`);
			},
		},
	};
}
