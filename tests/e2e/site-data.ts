import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** Every status code that has a content file, ascending. */
export const CODES: number[] = readdirSync(CONTENT)
	.filter((name) => name.endsWith('.md'))
	.map((name) => Number(name.replace(/\.md$/, '')))
	.sort((a, b) => a - b);

/** Every page of the site a visitor can reach by a link. */
export const PAGES: string[] = ['/', ...CODES.map((code) => `/${code}/`)];
