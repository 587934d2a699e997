/**
 * The static imports of a built chunk, as written: `import{…}from"./preact.module.js"`,
 * `import"./x.js"`; dynamic `import("./fuse.js")` is not one. Also what the bench follows to
 * weigh a page (tests/bench/weights.ts).
 */
export function staticImports(source: string): string[] {
	return [...source.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]);
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
		for (const relative of staticImports(await read(path))) await visit(new URL(relative, `http://x${path}`).pathname);
	};
	for (const root of roots) await visit(root);
	return [...seen];
}

/**
 * Returns the page with `<link rel="modulepreload">` at the end of its head for the scripts it
 * runs (preloadsFor). On the index, Astro's island imports its component and the renderer only
 * once the parser reaches it, and each of those imports Preact only once it has arrived: three
 * round trips, one after the other, while the reader waits to type. Preloaded from the head, they
 * arrive while the rows are parsed. A page without scripts or without a head comes back as it is.
 */
export async function addPreloads(html: string, read: (path: string) => Promise<string>): Promise<string> {
	const links = (await preloadsFor(html, read)).map((href) => `<link rel="modulepreload" href="${href}">`).join('');
	const at = html.indexOf('</head>');
	return at === -1 || !links ? html : html.slice(0, at) + links + html.slice(at);
}
