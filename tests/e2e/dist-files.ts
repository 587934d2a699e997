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
