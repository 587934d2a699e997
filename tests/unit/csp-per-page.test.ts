import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCsp } from '../../src/integrations/csp-per-page';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1];

describe('per-page CSP', () => {
	const theme = 'document.documentElement.dataset.theme="dark"';
	const island = 'customElements.define("astro-island",f)';
	const style = 'astro-island{display:contents}';
	const policy = `default-src 'self';img-src 'self' data:; script-src 'self' ${hash(theme)} ${hash(island)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('')};`;

	it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
		const html = page(policy, `<script>${theme}</script><noscript><style>${style}</style></noscript><script type="module" src="/_astro/a.js"></script>`);
		const trimmed = policyOf(trimCsp(html));
		expect(trimmed).toBe(`default-src 'self';img-src 'self' data:;script-src 'self' ${hash(theme)};style-src 'self' ${hash(style)};`);
	});

	it('keeps the island script where the page has it', () => {
		const trimmed = policyOf(trimCsp(page(policy, `<script>${theme}</script><script>${island}</script>`)));
		expect(trimmed).toContain(hash(island));
		expect(trimmed).not.toContain(hash('other()'));
	});

	it('leaves a page without the meta as it is', () => {
		const html = '<html><head></head><body><script>x()</script></body></html>';
		expect(trimCsp(html)).toBe(html);
	});
});
