import { createHash } from 'node:crypto';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The bodies of a page's inline elements of one kind (`script` without src, `style`), wherever they are, <noscript> included. */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
	return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))]
		.filter(([, attributes = '']) => !/\ssrc=/.test(attributes))
		.map(([, , body]) => body);
}

/**
 * Returns the page with its Content-Security-Policy <meta> keeping, in script-src and style-src,
 * only the hashes of inline scripts and styles this page has. Astro writes the hashes of every
 * inline script and style of the whole site into every page: nine script hashes on a code page
 * that has one inline script, about 400 bytes that gzip cannot shrink, on each of 365 pages and
 * in the offline copy. Every other source ('self', the directives) stays, so nothing the page
 * runs is blocked; a hash the page does not use allows nothing it needs. Pages without the
 * <meta> come back unchanged.
 */
export function trimCsp(html: string): string {
	const keep = {
		'script-src': new Set(inlineBodies(html, 'script').map(hashOf)),
		'style-src': new Set(inlineBodies(html, 'style').map(hashOf)),
	};
	return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (_, open: string, policy: string, close: string) => {
		const directives = policy.split(';').map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			const used = keep[name as keyof typeof keep];
			if (!used) return directive;
			return [name, ...sources.filter((source) => !source.startsWith("'sha") || used.has(source))].join(' ');
		});
		return open + directives.join(';') + close;
	});
}
