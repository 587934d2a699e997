import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { staticImports } from '../../src/integrations/island-preload.ts';

/** Bytes of one resource as sent with gzip at the default level most servers use. */
export function gzipSize(text: string | Buffer): number {
	return gzipSync(text).length;
}

/** gzip bytes of what a page loads, split the way the budgets are written. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	/** Island runtime, renderer, component and their static imports (a subset of html + js). */
	island: number;
	total: number;
	files: string[];
}

const read = (dist: string, url: string) => readFileSync(join(dist, url.replace(/^\//, '')));

/** Follows a JS file's static imports (the build's own reading of them, staticImports()); dynamic imports are skipped. */
function followImports(dist: string, url: string, seen: Set<string>): void {
	if (seen.has(url)) return;
	seen.add(url);
	for (const relative of staticImports(read(dist, url).toString())) followImports(dist, new URL(relative, `http://x${url}`).pathname, seen);
}

/** Measures a built page: its HTML, the stylesheets and scripts it loads, and its island. */
export function measurePage(dist: string, pagePath: string): PageWeight {
	const file = pagePath.endsWith('.html') ? pagePath : join(pagePath, 'index.html');
	const html = read(dist, file).toString();
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
	const moduleUrls = [
		...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
		...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
	];
	const islandUrls = [...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]);
	const js = new Set<string>();
	for (const url of moduleUrls) followImports(dist, url, js);
	const island = new Set<string>();
	for (const url of islandUrls) followImports(dist, url, island);
	const inlineIslandRuntime = /<astro-island/.test(html)
		? [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]).filter((s) => /astro-island|Astro/.test(s))
		: [];
	const sum = (urls: Iterable<string>) => [...urls].reduce((n, url) => n + gzipSize(read(dist, url)), 0);
	const htmlBytes = gzipSize(html);
	const cssBytes = sum(css);
	const jsBytes = sum(js);
	return {
		html: htmlBytes,
		css: cssBytes,
		js: jsBytes,
		island: sum(island) + inlineIslandRuntime.reduce((n, s) => n + gzipSize(s), 0),
		total: htmlBytes + cssBytes + jsBytes,
		files: [...css, ...js],
	};
}
