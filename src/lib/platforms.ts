/**
 * The platforms whose own codes the catalogue explains (`content/platform/<key>/<slug>.md`, page
 * `/<key>/<slug>/`), in the order the index lists them. `name` heads the group; `short` is the
 * vendor as a label reads: "IIS 500.19 …", "Cloudflare 1020 …".
 */
export const PLATFORMS = [
	{ key: 'not-http', name: 'Not an HTTP status', short: 'Browser', about: 'What browsers, DevTools, HAR files and curl show where no HTTP status arrived.' },
	{ key: 'iis', name: 'Microsoft IIS and ASP.NET Core Module', short: 'IIS', about: 'Sub-status codes, ANCM start-up failures and sc-win32-status values from IIS logs and error pages.' },
	{ key: 'cloudflare', name: 'Cloudflare', short: 'Cloudflare', about: 'The 1xxx error numbers on Cloudflare’s own error pages, beside the HTTP status.' },
	{ key: 'heroku', name: 'Heroku router', short: 'Heroku', about: 'H, R and L codes the Heroku router writes to the log line with the status.' },
	{ key: 'vercel', name: 'Vercel', short: 'Vercel', about: 'Error codes in the x-vercel-error header and on Vercel’s error page.' },
	{ key: 'envoy', name: 'Envoy and Istio', short: 'Envoy', about: 'Response flags in the access log and the texts Envoy puts in the body.' },
	{ key: 'aws-alb', name: 'AWS Application Load Balancer', short: 'AWS ALB', about: 'Fields of the ALB access log that say whether the load balancer or the target answered.' },
	{ key: 'cloudfront', name: 'Amazon CloudFront', short: 'CloudFront', about: 'Error result types of CloudFront’s logs and headers, and its own error page.' },
	{ key: 'gcp-lb', name: 'Google Cloud load balancers', short: 'Google Cloud LB', about: 'statusDetails values of the load balancer request log.' },
	{ key: 'azure-front-door', name: 'Azure Front Door', short: 'Azure Front Door', about: 'ErrorInfo values of Front Door’s access log.' },
	{ key: 'fastly', name: 'Fastly', short: 'Fastly', about: 'Synthetic 503 responses and their reason texts.' },
	{ key: 'varnish', name: 'Varnish Cache', short: 'Varnish', about: 'Varnish’s built-in error page and the log tags behind it.' },
	{ key: 'haproxy', name: 'HAProxy', short: 'HAProxy', about: 'Termination states: who closed the session, and in which phase.' },
	{ key: 'akamai', name: 'Akamai', short: 'Akamai', about: 'Edge error pages with a Reference number.' },
	{ key: 'shopify', name: 'Shopify', short: 'Shopify', about: 'Shopify API statuses outside the registered range.' },
] as const;

export type PlatformKey = (typeof PLATFORMS)[number]['key'];
export const PLATFORM_KEYS = PLATFORMS.map((p) => p.key) as unknown as readonly [PlatformKey, ...PlatformKey[]];

/** A slug is the file name without `.md`: lower-case letters, digits, dots and hyphens. */
export const SLUG = /^[a-z0-9][a-z0-9.-]*$/;
