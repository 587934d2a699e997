/*
 * Where the fingerprints come from (vendor docs, read through the project's search tool):
 * - AWS ALB access log fields (target_status_code "-", actions_executed, error_reason):
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html
 * - CloudFront standard log fields (x-edge-result-type, x-edge-detailed-result-type, sc-status 000):
 *   https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
 * - Envoy default access log format and response flags (UH, UF, UT, NR, DC, …):
 *   https://envoyproxy.io/docs/envoy/v1.6.0/configuration/access_log
 * - Heroku router H12 (the router answers 503 after 30 s): https://devcenter.heroku.com/articles/request-timeout-bamboo
 * - Cloudflare block pages (WAF 403, rate limiting 429): https://developers.cloudflare.com/rules/custom-errors/reference/error-page-types/
 * - Cloudflare cf-error-type on Cloudflare-generated errors: cloudflare/cloudflare-docs
 *   src/content/docs/support/troubleshooting/http-status-codes/cloudflare-error-headers.mdx (per the 2026-12 research notes)
 */
import { bodyClues } from './bodies';
import { headerValue } from './spec-checks';
import type { Header, Observation, PlatformRef, SenderGuess } from './types';

/** Every sender a card can name, with the label the page shows. */
export const SENDERS: Record<string, string> = {
	origin: 'Your application (the origin)',
	browser: 'The browser (no HTTP response)',
	client: 'The client went away',
	unknown: 'Unknown',
	cloudflare: 'Cloudflare',
	cloudfront: 'Amazon CloudFront',
	'aws-alb': 'AWS Application Load Balancer',
	envoy: 'Envoy (or Istio)',
	heroku: 'Heroku router',
	iis: 'Microsoft IIS',
	ancm: 'ASP.NET Core Module (IIS)',
	'http-sys': 'Windows HTTP.sys (in front of IIS)',
	nginx: 'nginx',
	apache: 'Apache httpd',
	haproxy: 'HAProxy',
	varnish: 'Varnish Cache',
	fastly: 'Fastly',
	vercel: 'Vercel',
	akamai: 'Akamai',
	'azure-front-door': 'Azure Front Door',
	'gcp-lb': 'Google Cloud load balancer',
};

/** `Server` values of application servers (never proxies): the response came from the app itself. */
const APP_SERVERS = /^(?:gunicorn|uvicorn|werkzeug|kestrel|hypercorn|puma|thin|unicorn|jetty|apache-coyote|waitress|daphne|tornadoserver)\b/i;

const UNKNOWN: SenderGuess = { id: 'unknown', evidence: 'nothing in the input identifies who produced this status' };

/** What the response headers alone say about who produced the status. */
export function headerClues(headers: Header[], status: number | null): { sender?: SenderGuess; platform: PlatformRef[]; details: string[] } {
	const get = (name: string) => headerValue(headers, name);
	const server = (get('server') ?? '').toLowerCase();
	const platform: PlatformRef[] = [];
	const details: string[] = [];
	const cfError = get('cf-error-type');
	const vercelError = get('x-vercel-error');
	if (vercelError) {
		platform.push({ vendor: 'vercel', slug: vercelError.toLowerCase().replace(/_/g, '-'), id: vercelError });
		return { sender: { id: 'vercel', evidence: `x-vercel-error: ${vercelError}` }, platform, details: [`x-vercel-error ${vercelError}`] };
	}
	if (cfError) return { sender: { id: 'cloudflare', evidence: `cf-error-type: ${cfError} (Cloudflare sets it only on errors it generates)` }, platform, details };
	if (server.startsWith('awselb')) return { sender: { id: 'aws-alb', evidence: `server: ${get('server')} (the load balancer's own responses)` }, platform, details };
	if (server === 'microsoft-httpapi/2.0') return { sender: { id: 'http-sys', evidence: 'server: Microsoft-HTTPAPI/2.0 (HTTP.sys answered before IIS)' }, platform, details };
	if (server === 'akamaighost') return { sender: { id: 'akamai', evidence: 'server: AkamaiGHost (an Akamai edge answered)' }, platform, details };
	const cfRay = get('cf-ray');
	if (cfRay) {
		details.push(`cf-ray ${cfRay}`);
		if (status !== null && ((status >= 520 && status <= 527) || status === 530))
			return { sender: { id: 'cloudflare', evidence: `${status} with cf-ray: Cloudflare's own error about the origin` }, platform, details };
		if (/^hit$/i.test(get('cf-cache-status') ?? '')) return { sender: { id: 'cloudflare', evidence: 'cf-cache-status: HIT (served from Cloudflare\'s cache)' }, platform, details };
		return { sender: { id: 'origin', evidence: 'passed through Cloudflare (cf-ray) without cf-error-type, which Cloudflare adds to the errors it generates' }, platform, details };
	}
	const cache = get('x-cache') ?? '';
	if (get('x-amz-cf-id') || /cloudfront/i.test(cache) || /cloudfront/i.test(get('via') ?? '')) {
		if (/^hit from cloudfront/i.test(cache)) return { sender: { id: 'cloudfront', evidence: 'x-cache: Hit from cloudfront' }, platform, details };
		if (/^(?:miss|refreshhit) from cloudfront/i.test(cache)) return { sender: { id: 'origin', evidence: `x-cache: ${cache} (fetched from the origin)` }, platform, details };
		return { platform, details: [`x-cache ${cache || '(none)'}`] };
	}
	if (server === 'envoy' || server === 'istio-envoy') {
		if (get('x-envoy-upstream-service-time') !== undefined)
			return { sender: { id: 'origin', evidence: 'x-envoy-upstream-service-time is set: the upstream answered through Envoy' }, platform, details };
		if (status !== null && status >= 400)
			return { sender: { id: 'envoy', evidence: `server: ${server} with no x-envoy-upstream-service-time: Envoy answered without the upstream` }, platform, details };
	}
	if (/heroku-router|vegur/i.test(get('via') ?? '')) return { sender: { id: 'origin', evidence: `via: ${get('via')} (the Heroku router passed on the dyno's response)` }, platform, details };
	const poweredBy = get('x-powered-by') ?? '';
	if (APP_SERVERS.test(server) || /^(?:express|php|next\.js|asp\.net)/i.test(poweredBy)) {
		const which = APP_SERVERS.test(server) ? `server: ${get('server')}` : `x-powered-by: ${poweredBy}`;
		return { sender: { id: 'origin', evidence: `${which} is an application server or framework, not a proxy` }, platform, details };
	}
	if (get('x-azure-ref') && status !== null && status >= 500) details.push(`x-azure-ref ${get('x-azure-ref')}`);
	return { platform, details };
}

/**
 * Decides who produced an observation's status: the parser's reading of its format first (log fields
 * say the most), then the body, then the headers. Says "unknown" rather than guess.
 */
export function identify(obs: Observation): { sender: SenderGuess; status: number | null; platform: PlatformRef[]; details: string[] } {
	const platform = [...(obs.platform ?? [])];
	const details = [...(obs.details ?? [])];
	const body = bodyClues(obs.body);
	const fromHeaders = obs.headers ? headerClues(obs.headers, obs.status) : undefined;
	if (body) platform.push(...body.platform), details.push(...body.details);
	if (fromHeaders) platform.push(...fromHeaders.platform), details.push(...fromHeaders.details);
	const sender = obs.sender ?? body?.sender ?? fromHeaders?.sender ?? UNKNOWN;
	return { sender, status: obs.status ?? body?.status ?? null, platform: dedupe(platform), details: [...new Set(details)] };
}

const dedupe = (refs: PlatformRef[]) => refs.filter((r, i) => refs.findIndex((o) => o.vendor === r.vendor && o.slug === r.slug) === i);
