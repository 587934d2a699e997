import { ENVOY_FLAGS } from './parse-proxy-logs';
import type { PlatformRef, Violation } from './types';

/** What the next step is chosen from. */
export interface StepInput {
	status: number | null;
	sender: string;
	platform: PlatformRef[];
	violations: Violation[];
}

/** Fixes for broken requirements, by violation id prefix. */
const FIXES: [prefix: string, step: string][] = [
	['405-without-allow', 'Add an Allow header to the 405 listing the methods this URL accepts (for example "Allow: GET, HEAD").'],
	['401-without-www-authenticate', 'Add a WWW-Authenticate header with the scheme the client must use (for example "WWW-Authenticate: Bearer"), or answer 403 if no credentials would help.'],
	['407-without', 'Make the proxy send Proxy-Authenticate with its scheme alongside the 407.'],
	['206-without-content-range', 'Send Content-Range (bytes start-end/length) with the 206, or a 200 with the whole representation.'],
	['416-without', 'Send "Content-Range: bytes */<length>" with the 416 so the client can ask for a valid range.'],
	['426-without', 'List the protocol the client must switch to in an Upgrade header on the 426.'],
	['204-with-content', 'Send the 204 without a body (or use 200 if there is something to return).'],
	['304-with-content', 'Send the 304 without a body: the client reuses its cached copy.'],
	['204-with-content-length', 'Drop Content-Length from the 204 (and from 1xx responses).'],
	['retry-after-invalid', 'Send Retry-After as whole seconds ("120") or an IMF-fixdate ("Wed, 21 Oct 2026 07:28:00 GMT").'],
	['retry-after-obsolete', 'Write the Retry-After date in IMF-fixdate form ("Wed, 21 Oct 2026 07:28:00 GMT").'],
	['30', 'Add a Location header with the redirect target, or answer 200 if this is not a redirect.'],
];

/** Steps for catalogue entries, by `vendor/slug`. */
const PLATFORM_STEPS: Record<string, string> = {
	'heroku/h10': 'The app crashed: run "heroku logs --tail" and fix the error that stops the web dyno.',
	'heroku/h12': 'The dyno took longer than the router allows: move the slow work to a background job, or make the request faster.',
	'heroku/h13': 'The dyno closed the connection without answering: look for a crash or a killed process in the app logs at that time.',
	'heroku/h14': 'No web dynos are running: scale the web process up ("heroku ps:scale web=1").',
	'heroku/h18': 'The dyno closed the socket before finishing its answer: check the app logs for errors mid-response.',
	'heroku/h27': 'The client hung up before the router answered: usually nothing to fix on the server.',
	'cloudflare/1020': 'A firewall or WAF rule blocked the request: look up the Ray ID in Security → Events and adjust the rule if it is a false positive.',
	'cloudflare/1015': 'A rate limiting rule blocked the client: slow down the client, or raise the rule\'s threshold.',
	'envoy/upstream-connect-error': 'Envoy could not get headers from the upstream: check that the upstream pod is running and listening, and read the reset reason.',
	'envoy/no-healthy-upstream': 'Envoy has no healthy endpoint for this cluster: check the service\'s endpoints and health checks.',
	'iis/500.19': 'IIS cannot read the configuration: the Error Code (HRESULT) names the problem, often a web.config section for a module that is not installed.',
	'iis/500.30': 'The ASP.NET Core app failed to start: enable stdoutLogEnabled in web.config, or run the app from a console, and read the exception.',
	'iis/502.5': 'The ASP.NET Core process failed to start: run the app from a console on the server to see why (runtime missing, bad path).',
	'iis/503.0': 'The application pool is stopped or overloaded: check the pool in IIS Manager and the HTTPERR log.',
	'not-http/000': 'No response arrived: look in the browser console for the reason (CORS, mixed content, a blocked or offline request) before looking at the server.',
	'not-http/canceled': 'The request was cancelled (navigation, a new request replacing it, or a timeout in the page): check whether anything actually failed.',
	'not-http/307-internal-redirect': 'The browser upgraded the request to HTTPS by itself (HSTS): nothing on the server sent this 307.',
};

/** Steps for a sender, optionally for one status; the first match wins. */
const SENDER_STEPS: [sender: string, status: number | null, step: string][] = [
	['aws-alb', 502, 'The load balancer got no valid response from the target: check the target\'s logs, and that its keep-alive timeout is longer than the load balancer\'s idle timeout.'],
	['aws-alb', 503, 'The target group has no healthy targets: check the registered targets and their health checks.'],
	['aws-alb', 504, 'The target did not answer within the idle timeout: find the slow request in the target\'s logs, or raise the idle timeout.'],
	['cloudflare', null, 'Cloudflare produced this status: look up the Ray ID in the Cloudflare dashboard; for 52x errors check the origin server, not Cloudflare.'],
	['cloudfront', null, 'CloudFront produced this status itself: check the origin settings (DNS name, port, TLS) and the distribution\'s behaviours for this path.'],
	['nginx', 499, 'The client closed the connection before nginx answered: look for slow upstream responses or short client timeouts.'],
	['nginx', null, 'nginx produced this page: its error.log has the reason (upstream address, timeout, refused connection) for the same time.'],
	['apache', null, 'Apache produced this page: its error_log has the reason for the same time.'],
	['envoy', null, 'Envoy answered without the upstream: the response flags and code details in its access log say why.'],
	['http-sys', null, 'HTTP.sys answered before IIS: check the application pool and the HTTPERR log (%SystemRoot%\\System32\\LogFiles\\HTTPERR).'],
	['iis', null, 'IIS produced this status: the sub-status and Win32 status name the cause; turn on Failed Request Tracing for details.'],
	['ancm', null, 'The ASP.NET Core Module could not start or reach the app: enable stdout logging in web.config and read the log.'],
	['heroku', null, 'The Heroku router produced this status: its error code says why; check the dyno\'s logs at that time.'],
	['browser', null, 'No HTTP response arrived: the browser console and the _error value say why (network, CORS, cancellation).'],
	['client', null, 'The client went away before the response: check client timeouts, or whether a user navigated away.'],
	['origin', null, ''],
];

/** Returns the one next step for a card: fix a broken requirement first, then what the evidence points to. */
export function nextStep({ status, sender, platform, violations }: StepInput): string {
	for (const v of violations) {
		const fix = FIXES.find(([prefix]) => v.id.startsWith(prefix));
		if (fix) return fix[1];
	}
	for (const ref of platform) {
		const step = PLATFORM_STEPS[`${ref.vendor}/${ref.slug}`];
		if (step) return step;
	}
	const netError = platform.find((r) => r.vendor === 'not-http' && r.slug.startsWith('err-'));
	if (netError) return `The browser reported ${netError.id}: the request failed below HTTP (connection, DNS, TLS or a block), so look there, not at status codes.`;
	const envoyFlag = platform.find((r) => r.vendor === 'envoy' && r.id.toUpperCase() in ENVOY_FLAGS);
	if (envoyFlag) return `Envoy flagged "${ENVOY_FLAGS[envoyFlag.id.toUpperCase()]}" (${envoyFlag.id}): fix that between Envoy and the upstream, not in the application code.`;
	const bySender = SENDER_STEPS.find(([s, code]) => s === sender && (code === null || code === status));
	if (bySender?.[2]) return bySender[2];
	return byClass(status, sender === 'origin');
}

function byClass(status: number | null, origin: boolean): string {
	if (status === null) return 'The input names who failed but not the status: capture the full response (curl -i) to see it.';
	if (status < 100) return 'No HTTP response was received: look at the connection (DNS, TLS, timeouts) rather than the server\'s code.';
	if (status < 200) return 'An interim response: nothing to do; the final response follows it.';
	if (status < 300) return 'The request succeeded: nothing to fix here.';
	if (status === 304) return 'The client\'s cached copy is still valid: nothing to fix.';
	if (status < 400) return 'A redirect: follow Location; if it loops, compare Location with the URL that was requested.';
	if (status < 500) return origin ? 'Your application rejected the request: its log for this request says which check failed.' : 'Fix the request first: the code\'s page lists what usually causes it.';
	return origin ? 'Your application failed: read its error log for this request and time.' : 'Find the layer that failed: the first proxy\'s log (or the response\'s Server and Via headers) for this time and path says who answered.';
}
