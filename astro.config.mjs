// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { notFoundPage } from './src/integrations/not-found-page.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

/** Absolute origin for canonical links; override at build time with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://http-status.example.org';

export default defineConfig({
	site,
	base: process.env.BASE_PATH ?? '/',
	// Tests build broken fixtures into a scratch folder; everyone else gets ./dist.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro',
	// `/418/` only: without this Astro writes the 404 and 500 code pages as dist/404.html.
	trailingSlash: 'always',
	build: { format: 'directory' },
	prerenderConflictBehavior: 'error',
	// Plain <pre> examples: token colouring (Shiki styles or Prism spans) tripled their bytes on
	// every code page and in the offline cache, for little gain on short HTTP exchanges.
	markdown: { syntaxHighlight: false },
	// serviceWorker() last: it precaches what the others wrote, 404.html included.
	integrations: [
		preact(),
		sitemap({ filter: (page) => !page.endsWith('/not-found/') }),
		notFoundPage(),
		serviceWorker(),
	],
	vite: {
		plugins: [tailwindcss()],
		// Scripts as files, not inlined into each page: the copy button and worker registration are
		// then downloaded and cached once for all 64 pages (and precached once for offline use).
		build: { assetsInlineLimit: 0 },
	},
});
