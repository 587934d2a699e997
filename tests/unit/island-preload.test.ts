import { describe, expect, it } from 'vitest';
import { preloadsFor, staticImports } from '../../src/integrations/island-preload';

describe('island preloads', () => {
	it('reads the static imports of a built chunk, not its dynamic ones', () => {
		const chunk = 'import{n as e,s as t}from"./preact.module.js";import{t as r}from"./preload-helper.js";import"./side.js";const f=()=>r(()=>import("./fuse.basic.js"),[]);';
		expect(staticImports(chunk)).toEqual(['./preact.module.js', './preload-helper.js', './side.js']);
	});

	it('lists each island script and what it imports, once each, under the base path', async () => {
		const files: Record<string, string> = {
			'/docs/_astro/Search.js': 'import{a}from"./preact.js";import{b}from"./helper.js";',
			'/docs/_astro/client.js': 'import{a}from"./preact.js";',
			'/docs/_astro/preact.js': 'export const a=1;',
			'/docs/_astro/helper.js': 'export const b=1;',
		};
		const html = '<astro-island uid="x" component-url="/docs/_astro/Search.js" renderer-url="/docs/_astro/client.js" ssr></astro-island>';
		const read = async (path: string) => files[path] ?? Promise.reject(new Error(`no ${path}`));
		expect(await preloadsFor(html, read)).toEqual([
			'/docs/_astro/Search.js',
			'/docs/_astro/preact.js',
			'/docs/_astro/helper.js',
			'/docs/_astro/client.js',
		]);
		expect(await preloadsFor('<main>no island</main>', read)).toEqual([]);
		// A page's own module script, which Astro writes at the end of the body.
		expect(await preloadsFor('<main></main><script type="module" src="/docs/_astro/client.js"></script>', read)).toEqual(['/docs/_astro/client.js', '/docs/_astro/preact.js']);
	});
});
