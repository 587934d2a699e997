/** What the page passes the island: the code names and the catalogue entries that exist, as compact strings. */
export interface Catalogue {
	/** `code\tname` per line, for every code with a page. */
	names: string;
	/** `vendor/slug` per line, for every platform entry with a page. */
	platform: string;
	/** The site's base path, ending in `/`. */
	base: string;
}

/** `vendor/slug` lines from the page's glob of content/platform: keys such as `/content/platform/iis/500.19.md`. */
export function platformKeys(paths: string[]): string {
	return paths
		.map((path) => /\/platform\/([a-z0-9-]+)\/([a-z0-9][a-z0-9.-]*)\.md$/.exec(path))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => `${m[1]}/${m[2]}`)
		.join('\n');
}

/** Display names of the platform-code catalogue's vendor folders. */
export const VENDORS: Record<string, string> = {
	iis: 'IIS',
	'not-http': 'Not an HTTP status:',
	cloudflare: 'Cloudflare',
	heroku: 'Heroku',
	vercel: 'Vercel',
	envoy: 'Envoy',
	fastly: 'Fastly',
	varnish: 'Varnish',
	cloudfront: 'CloudFront',
	'aws-alb': 'AWS ALB',
	'gcp-lb': 'Google Cloud LB',
	'azure-front-door': 'Azure Front Door',
	haproxy: 'HAProxy',
	akamai: 'Akamai',
	shopify: 'Shopify',
};

/** Looks codes and catalogue entries up; built once from the page's props. */
export class Lookup {
	private names = new Map<number, string>();
	private entries: Set<string>;
	constructor(private catalogue: Catalogue) {
		for (const line of catalogue.names.split('\n')) {
			const tab = line.indexOf('\t');
			if (tab > 0) this.names.set(Number(line.slice(0, tab)), line.slice(tab + 1));
		}
		this.entries = new Set(catalogue.platform.split('\n').filter(Boolean));
	}

	/** The code's name, when it has a page. */
	name(code: number): string | undefined {
		return this.names.get(code);
	}

	codeHref(code: number): string {
		return `${this.catalogue.base}${code}/`;
	}

	/** The entry's URL, only when the entry exists. */
	platformHref(vendor: string, slug: string): string | undefined {
		return this.entries.has(`${vendor}/${slug}`) ? `${this.catalogue.base}${vendor}/${slug}/` : undefined;
	}
}
