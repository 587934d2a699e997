import { rename, rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Moves the rendered `/not-found/` page to `dist/404.html`, the file static hosts and
 * `astro preview` serve for unknown URLs. A `src/pages/404.astro` would take the `/404/` route
 * from the 404 Not Found code page, so the page is built under another name and moved.
 */
export function notFoundPage(): AstroIntegration {
	return {
		name: 'hsc:not-found-page',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const from = new URL('not-found/index.html', dir);
				await rename(from, new URL('404.html', dir));
				await rm(new URL('not-found/', dir), { recursive: true, force: true });
				logger.info('not-found/index.html → 404.html');
			},
		},
	};
}
