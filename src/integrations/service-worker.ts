import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, type GenerateSWOptions, type ManifestTransform } from 'workbox-build';
import type { AstroIntegration } from 'astro';

/**
 * Workbox options for the site in `dir`, served under `base` (`/` or `/docs/`). Exported so the
 * update test can regenerate the worker over a changed copy of the site.
 */
export function serviceWorkerOptions(dir: string, base = '/'): GenerateSWOptions {
	const root = base.endsWith('/') ? base : `${base}/`;
	return {
		// Each entry carries the SHA-256 of the file as built, so bytes an edge serves from the old
		// deploy fail the install (which is retried later) instead of being stored as the new
		// version, and an entry missing from Cache Storage is fetched and stored again.
		manifestTransforms: [withIntegrity(dir, root)],
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
		// No navigateFallback: it answers every navigation the precache lacks (a page deployed after
		// this worker, /codes.json, /robots.txt, an unknown address) with the not-found page and
		// status 200, online too. Precached pages are answered from the cache first; the routes
		// below handle the rest.
		// Functions here are copied into sw.js as source, so they use only their arguments and `self`.
		runtimeCaching: [
			{
				// `/418` -> `/418/`, offline too. The target is built on a URL object, so a path such as
				// `//host` or `/\\host` stays on this origin instead of becoming a scheme-relative URL.
				urlPattern: ({ request, url }) =>
					request.mode === 'navigate' &&
					url.origin === self.location.origin &&
					url.pathname.startsWith(new URL((self as unknown as { registration: ServiceWorkerRegistration }).registration.scope).pathname) &&
					/\/[^/.]+$/.test(url.pathname),
				handler: async ({ url }) => {
					const to = new URL(url.href);
					to.pathname += '/';
					return Response.redirect(to.href, 301);
				},
			},
			{
				// Any other navigation goes to the network, which keeps the server's own status (404);
				// the precached not-found page is used only when the network fails.
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: `${root}404.html` } },
			},
		],
	};
}

/** Adds `integrity: sha256-…` of each precached file, read from the build in `dir`. */
function withIntegrity(dir: string, root: string): ManifestTransform {
	return async (entries) => ({
		manifest: entries.map((entry) => {
			const file = join(dir, decodeURIComponent(entry.url.slice(root.length)));
			const digest = createHash('sha256').update(readFileSync(file)).digest('base64');
			return { ...entry, integrity: `sha256-${digest}` };
		}),
		warnings: [],
	});
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
