import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The static imports of a built chunk: `import{…}from"./preact.module.js"` and `import"./x.js"`. */
export function staticImports(source: string): string[] {
	return [...source.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]);
}

/**
 * The modulepreload links a page needs: every island's component and renderer, the page's module
 * scripts, and the chunks they import, each once, in the order the browser will need them. `read` returns a chunk's text
 * by its URL path (`/_astro/CodeSearch.js`).
 */
export async function preloadsFor(html: string, read: (path: string) => Promise<string>): Promise<string[]> {
	const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap(([tag]) =>
		[...tag.matchAll(/\s(?:component|renderer|before-hydration)-url="([^"]+)"/g)].map((m) => m[1]),
	);
	// The page's own module scripts too: Astro puts them at the end of the body, where the
	// browser finds them only once the rows above are parsed, and DOMContentLoaded waits for them.
	const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
	const roots = [...islands, ...scripts];
	const seen = new Set<string>();
	const visit = async (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const dir = path.slice(0, path.lastIndexOf('/') + 1);
		for (const relative of staticImports(await read(path))) await visit(dir + relative.slice(2));
	};
	for (const root of roots) await visit(root);
	return [...seen];
}

/**
 * Adds `<link rel="modulepreload">` to each page's head for the scripts it runs. On the index,
 * Astro's island imports its component and the renderer only once the parser reaches it, and
 * each of those imports Preact only once it has arrived: three round trips, one after the other,
 * while the reader waits to type. Preloaded from the head, they arrive while the rows are parsed.
 * Runs before the service worker integration, which precaches the pages as written.
 */
export function islandPreload(): AstroIntegration {
	return {
		name: 'hsc:island-preload',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				const root = fileURLToPath(dir);
				const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
				// Island URLs carry the base path; the files sit under dist/ without it.
				const read = (path: string) => readFile(`${root}/${path.slice(base.length)}`, 'utf8');
				let count = 0;
				for (const { pathname } of pages) {
					const file = `${root}/${pathname}${pathname === '' || pathname.endsWith('/') ? 'index.html' : ''}`;
					const html = await readFile(file, 'utf8').catch(() => undefined);
					if (!html) continue;
					const links = (await preloadsFor(html, read)).map((href) => `<link rel="modulepreload" href="${href}">`).join('');
					const at = html.indexOf('</head>');
					if (at === -1 || !links) continue;
					await writeFile(file, html.slice(0, at) + links + html.slice(at));
					count++;
				}
				logger.info(`scripts preloaded from the head on ${count} page(s)`);
			},
		},
	};
}
