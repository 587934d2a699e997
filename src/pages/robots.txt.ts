import type { APIRoute } from 'astro';

/** `/robots.txt`: everything may be crawled; points at the sitemap, which needs the absolute origin. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', new URL(import.meta.env.BASE_URL, site)).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
