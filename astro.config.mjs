// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { notFoundPage } from './src/integrations/not-found-page.ts';
import { pageHead } from './src/integrations/page-head.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { NO_JS_STYLE, NOT_FOUND_BANNER_SCRIPT, THEME_SCRIPT } from './src/lib/inline-scripts.ts';

/** The CSP source of an inline script: the SHA-256 of its exact text. */
const hashOf = (/** @type {string} */ script) => /** @type {const} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`);

/** Absolute origin for canonical links; override at build time with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://http-status.example.org';
const base = process.env.BASE_PATH ?? '/';
/** The site's root URL, base path included, for absolute page URLs. */
const root = new URL(base.replace(/\/?$/, '/'), site);

export default defineConfig({
	site,
	base,
	// Tests build broken fixtures into a scratch folder; everyone else gets ./dist.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro',
	// `/418/` only: without this Astro writes the 404 and 500 code pages as dist/404.html.
	trailingSlash: 'always',
	build: { format: 'directory' },
	prerenderConflictBehavior: 'error',
	// A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits;
	// the two inline scripts that must run before paint are hashed here. Directives a <meta> cannot
	// carry (frame-ancestors) are sent as headers: public/_headers and the README's nginx block.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'none'",
				"form-action 'self'",
			],
			scriptDirective: { hashes: [hashOf(THEME_SCRIPT), hashOf(NOT_FOUND_BANNER_SCRIPT)] },
			// The index's <noscript> style: it comes before the <meta> today, which is why it applies;
			// listed, it holds wherever the <meta> is written.
			styleDirective: { hashes: [hashOf(NO_JS_STYLE)] },
		},
	},
	// Plain <pre> examples: token colouring (Shiki styles or Prism spans) tripled their bytes on
	// every code page and in the offline cache, for little gain on short HTTP exchanges.
	markdown: { syntaxHighlight: false },
	// contentCheck() first; serviceWorker() last: it precaches what the others wrote, 404.html included.
	integrations: [
		// First: no other step reads content that has not passed every rule.
		contentCheck(),
		preact(),
		sitemap({
			// Only the site's own not-found page; /vercel/not-found/ is a catalogue entry.
			filter: (page) => page !== new URL('not-found/', root).href,
			// @astrojs/sitemap drops every /404/ and /500/ as an error page; here they are code pages.
			customPages: ['404/', '500/'].map((page) => new URL(page, root).href),
		}),
		notFoundPage(),
		// After the pages are final, before the worker precaches them: preloads and per-page CSP.
		pageHead(),
		serviceWorker(),
	],
	vite: {
		plugins: [tailwindcss()],
		// Scripts as files, not inlined into each page: the copy button and worker registration are
		// then downloaded and cached once for all 64 pages (and precached once for offline use).
		build: { assetsInlineLimit: 0 },
	},
});
