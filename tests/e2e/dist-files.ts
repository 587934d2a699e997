import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The build the e2e web server serves (it runs `npm run build` first). */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML file of the build, as site paths: `/`, `/404/`, `/guides/retries/`, `/404.html`. */
export function builtPages(): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
		);
	return walk(DIST)
		.map((file) => `/${relative(DIST, file)}`.replace(/index\.html$/, ''))
		.sort();
}

/**
 * The pages a slow per-page check (axe, in light and dark) walks: every page but the catalogue
 * entries, of which it takes each platform's first two and its longest. Entries share one
 * template and differ only in text, which html-validate, the link check and the 390 px check
 * still read on every one of them.
 */
export function pagesToAudit(): string[] {
	const entry = /^\/([a-z-]+)\/[a-z0-9.-]+\/$/;
	const kept = new Map<string, string[]>();
	return builtPages().filter((path) => {
		const match = entry.exec(path);
		if (!match || ['guides', 'clients'].includes(match[1])) return true;
		const seen = kept.get(match[1]) ?? [];
		kept.set(match[1], [...seen, path]);
		return seen.length < 2 || path.length > Math.max(...seen.map((p) => p.length));
	});
}
