import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCsp } from './csp-per-page.ts';
import { addPreloads } from './island-preload.ts';

/**
 * Finishes every built page's head in one pass over the HTML files (404.html included, which
 * not-found-page has moved by then): modulepreload links for its scripts (addPreloads) and a CSP
 * with only its own hashes (trimCsp). Each script chunk is read once for all pages. Runs after
 * the pages are final and before the service worker integration, which precaches them as written.
 */
export function pageHead(): AstroIntegration {
	return {
		name: 'hsc:page-head',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
				// Script URLs carry the base path; the files sit under dist/ without it.
				const chunks = new Map<string, Promise<string>>();
				const read = (path: string) => {
					if (!chunks.has(path)) chunks.set(path, readFile(join(root, path.slice(base.length)), 'utf8'));
					return chunks.get(path)!;
				};
				const entries = await readdir(root, { withFileTypes: true, recursive: true });
				const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
				let preloaded = 0;
				let trimmed = 0;
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const withPreloads = await addPreloads(html, read);
					const done = trimCsp(withPreloads);
					if (withPreloads !== html) preloaded++;
					trimmed += withPreloads.length - done.length;
					if (done !== html) await writeFile(file, done);
				}
				logger.info(
					`${files.length} pages: scripts preloaded from the head on ${preloaded}, CSP hashes trimmed to each page's own (${Math.round(trimmed / 1024)} KiB less)`,
				);
			},
		},
	};
}
