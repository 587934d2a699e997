import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import { builtPages, DIST } from './dist-files';
import { GRPC_SOURCES } from '../../src/lib/grpc';
import { protocolOf } from '../../src/lib/protocols';

const pages = builtPages();
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

test('every built page passes html-validate (tests/html-validate.json)', async () => {
	const config = JSON.parse(readFileSync(new URL('../html-validate.json', import.meta.url), 'utf8'));
	const validator = new HtmlValidate(new FileSystemConfigLoader(config));
	const problems: string[] = [];
	for (const path of pages) {
		const report = await validator.validateFile(fileOf(path));
		for (const result of report.results) {
			for (const m of result.messages) problems.push(`${path} ${m.ruleId}: ${m.message} (${m.selector})`);
		}
	}
	expect(problems).toEqual([]);
});

/** Spec hosts, plus every vendor documentation host named by a content file or a constant table. */
function allowedHosts(): Set<string> {
	const hosts = new Set(['www.rfc-editor.org', 'datatracker.ietf.org', 'httpwg.org', 'www.iana.org']);
	const content = new URL('../../content/', import.meta.url);
	for (const page of pages.filter((p) => /^\/\d+\/$/.test(p))) {
		const text = readFileSync(new URL(`${page.slice(1, -1)}.md`, content), 'utf8');
		const data = parse(text.split('\n---\n')[0].replace(/^---\n/, ''));
		for (const link of [data.spec, data.source, ...(data.unofficial ?? []).map((m: { source: unknown }) => m.source)]) {
			if (link) hosts.add(new URL((link as { url: string }).url).hostname);
		}
	}
	const tables = new URL('../../src/data/constants/', import.meta.url);
	for (const name of readdirSync(tables)) {
		hosts.add(new URL(JSON.parse(readFileSync(new URL(name, tables), 'utf8')).source).hostname);
	}
	// The client matrix cites each library's source, the gRPC page its two tables, the facts box
	// Chromium's Early Hints notes.
	const clients = new URL('../../content/clients/', import.meta.url);
	for (const name of readdirSync(clients)) {
		const { cells } = parse(readFileSync(new URL(name, clients), 'utf8'));
		for (const cell of Object.values(cells) as { source: { url: string } }[]) hosts.add(new URL(cell.source.url).hostname);
	}
	for (const source of Object.values(GRPC_SOURCES)) hosts.add(new URL(source.url).hostname);
	// Each platform entry cites its vendor's own docs or source.
	const platform = new URL('../../content/platform/', import.meta.url);
	for (const vendor of readdirSync(platform)) {
		for (const name of readdirSync(new URL(`${vendor}/`, platform))) {
			const text = readFileSync(new URL(`${vendor}/${name}`, platform), 'utf8');
			const data = parse(text.split('\n---\n')[0].replace(/^---\n/, ''));
			for (const link of [data.source, ...(data.sources ?? [])]) hosts.add(new URL((link as { url: string }).url).hostname);
		}
	}
	for (const page of pages.filter((p) => /^\/\d+\/$/.test(p))) {
		for (const cite of protocolOf(Number(page.slice(1, -1))).cites) hosts.add(new URL(cite.url).hostname);
	}
	return hosts;
}

test('every internal link and asset resolves, and external links go to spec or vendor docs', () => {
	const hosts = allowedHosts();
	const broken: string[] = [];
	for (const path of pages) {
		const html = readFileSync(fileOf(path), 'utf8');
		// Example exchanges in <pre> hold markup as text, not links.
		const markup = html.replace(/<pre[\s\S]*?<\/pre>/g, '');
		for (const [, attr, value] of markup.matchAll(/\s(href|src|component-url|renderer-url)="([^"]*)"/g)) {
			const url = new URL(value.replaceAll('&amp;', '&'), `http://site${path}`);
			if (url.host !== 'site') {
				// Canonical, og:url and og:image name the production origin, not a link to check.
				if (/^https:\/\/http-status\.example\.org\//.test(url.href)) continue;
				if (!hosts.has(url.hostname)) broken.push(`${path}: ${attr} to unlisted host ${url.href}`);
				if (url.protocol !== 'https:') broken.push(`${path}: ${attr} is not https: ${url.href}`);
				continue;
			}
			const target = join(DIST, decodeURIComponent(url.pathname));
			const ok = url.pathname.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target) && statSync(target).isFile();
			if (!ok) broken.push(`${path}: ${attr}="${value}" does not resolve`);
			if (url.hash.length > 1 && ok && url.pathname === new URL(path, 'http://site').pathname) {
				const id = decodeURIComponent(url.hash.slice(1));
				if (!html.includes(`id="${id}"`)) broken.push(`${path}: ${attr}="${value}" names a missing anchor`);
			}
		}
	}
	expect(broken).toEqual([]);
});

test('visiting the main kinds of page logs no console error and no failed request', async ({ page }) => {
	const trouble: string[] = [];
	page.on('console', (message) => message.type() === 'error' && trouble.push(`console: ${message.text()}`));
	page.on('pageerror', (error) => trouble.push(`pageerror: ${error.message}`));
	page.on('requestfailed', (request) => trouble.push(`failed: ${request.url()}`));
	page.on('response', (response) => response.status() >= 400 && trouble.push(`${response.status()}: ${response.url()}`));
	for (const path of ['/', '/404/', '/522/', '/guides/retries/', '/cheatsheet/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(trouble).toEqual([]);
	// The not-found page is answered with 404 on purpose; only its own assets must load.
	const assets: string[] = [];
	page.on('response', (response) => response.status() >= 400 && !response.url().includes('no-such') && assets.push(response.url()));
	await page.goto('/no-such-page/');
	await page.waitForLoadState('networkidle');
	expect(assets).toEqual([]);
});

/** Class names a stylesheet defines rules for (selectors only, unescaped). */
function classesIn(css: string): Set<string> {
	const selectors = css.replace(/\{[^{}]*\}/g, '{}');
	return new Set([...selectors.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1].replace(/\\(.)/g, '$1')));
}

test('every class in the built markup has a rule in the page stylesheet', () => {
	// Hooks for scripts and Markdown's fence languages; styled through other selectors or not at all.
	const unstyled = /^(language-\w+|astro-\w+)$/;
	const missing: string[] = [];
	for (const path of pages) {
		const html = readFileSync(fileOf(path), 'utf8');
		const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
			readFileSync(join(DIST, m[1]), 'utf8'),
		);
		const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
		const defined = classesIn([...sheets, ...inline].join('\n'));
		for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) {
			for (const name of list.split(/\s+/).filter(Boolean)) {
				if (!defined.has(name) && !unstyled.test(name)) missing.push(`${path}: .${name}`);
			}
		}
	}
	// One entry per class is enough to see what the @source lists miss.
	expect([...new Set(missing.map((m) => m.replace(/^.*: /, '')))], missing.slice(0, 20).join('\n')).toEqual([]);
});
