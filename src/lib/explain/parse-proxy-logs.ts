import { clip } from './parse-http';
import type { Observation, PlatformRef, SenderGuess } from './types';

/** Splits a log line on spaces, keeping "quoted strings" (without their quotes) as one field. */
export function splitQuoted(line: string): string[] {
	const fields: string[] = [];
	const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
	for (let m = re.exec(line); m; m = re.exec(line)) fields.push(m[1] ?? m[2]);
	return fields;
}

const methodOf = (request: string | undefined) => /^([A-Z]+) /.exec(request ?? '')?.[1];

/** Statuses nginx itself logs when it closed the connection or refused the request before any upstream. */
const NGINX_OWN: Record<number, string> = {
	444: 'nginx closed the connection without a response (return 444)',
	494: 'nginx: request header too large',
	495: 'nginx: client certificate error',
	496: 'nginx: no client certificate sent',
	497: 'nginx: plain HTTP sent to an HTTPS port',
	499: 'nginx logs 499 when the client closed the connection before the response',
};

const COMBINED = /^(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) (\S+)/;

/** nginx and Apache `combined` or `common` log lines. */
export function parseCombined(line: string, n: number): Observation | null {
	const m = COMBINED.exec(line);
	if (!m) return null;
	const status = Number(m[6]);
	const own = NGINX_OWN[status];
	return {
		status,
		format: 'combined',
		line: n,
		excerpt: clip(line),
		method: methodOf(m[5]),
		sender: own ? { id: 'nginx', evidence: own } : undefined,
		details: [],
	};
}

/** The Envoy response flags that mean Envoy answered by itself, and what each says. */
export const ENVOY_FLAGS: Record<string, string> = {
	UH: 'no healthy upstream host',
	UF: 'upstream connection failure',
	UO: 'upstream overflow (circuit breaking)',
	NR: 'no route configured',
	URX: 'upstream retry or connect attempt limit reached',
	NC: 'upstream cluster not found',
	DT: 'request or connection exceeded max duration',
	LH: 'local service failed its health check',
	UT: 'upstream request timeout',
	LR: 'connection local reset',
	UR: 'upstream remote reset',
	UC: 'upstream connection termination',
	DI: 'request delayed by fault injection',
	FI: 'request aborted by fault injection',
	RL: 'rate limited locally',
	UAEX: 'rejected by the external authorization service',
	RLSE: 'rate limit service error',
	IH: 'strictly-checked header had an invalid value',
	SI: 'stream idle timeout',
	DPE: 'downstream protocol error',
	UPE: 'upstream protocol error',
	UMSDR: 'upstream max stream duration reached',
	OM: 'overload manager terminated the request',
	DF: 'DNS resolution failed',
	DO: 'drop overload',
	DC: 'downstream connection termination',
};

const ENVOY = /^(?:.*?\s)?\[(\d{4}-\d\d-\d\dT[^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{1,3}) (\S+) (.*)$/;

/** Envoy's default access log line (Istio's adds response code details after the flags). */
export function parseEnvoy(line: string, n: number): Observation | null {
	const m = ENVOY.exec(line);
	if (!m) return null;
	const status = Number(m[3]);
	const flags = m[4] === '-' ? [] : m[4].split(',');
	const rest = splitQuoted(m[5]);
	const upstream = rest.at(-1);
	const codeDetails = /^[a-z][a-z0-9_{}:,.-]*$/.test(rest[0] ?? '') ? rest[0] : undefined;
	const details = flags.map((f) => `${f}: ${ENVOY_FLAGS[f] ?? 'response flag'}`);
	if (codeDetails) details.push(`response code details: ${codeDetails}`);
	if (upstream && upstream !== '-') details.push(`upstream host: ${upstream}`);
	const platform: PlatformRef[] = flags.map((f) => ({ vendor: 'envoy', slug: f.toLowerCase(), id: f }));
	let sender: SenderGuess | undefined;
	if (status === 0 || flags.includes('DC')) {
		sender = { id: 'client', evidence: 'response code 0 or flag DC: the downstream client went away before a response was sent' };
		if (status === 0) platform.push({ vendor: 'not-http', slug: '000', id: '0' });
	} else if (flags.some((f) => f in ENVOY_FLAGS && f !== 'DI')) {
		sender = { id: 'envoy', evidence: `response flag ${flags.join(',')}: Envoy answered by itself` };
	} else if (flags.length === 0 && upstream && upstream !== '-') {
		sender = { id: 'origin', evidence: `no response flags and an upstream host (${upstream}): the upstream answered` };
	}
	return { status, format: 'envoy', line: n, excerpt: clip(line), method: methodOf(m[2]), sender, platform, details };
}

/** Heroku router `key=value` pairs, values optionally quoted. */
function routerFields(line: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const m of line.matchAll(/(\w+)=("((?:[^"\\]|\\.)*)"|\S*)/g)) fields[m[1]] = m[3] ?? m[2];
	return fields;
}

/** A Heroku router line: `at=error code=H12 desc="Request timeout" … status=503`. */
export function parseHerokuRouter(line: string, n: number): Observation | null {
	if (!/\bstatus=\d{1,3}\b/.test(line) || !/\b(at=|heroku\[router\])/.test(line)) return null;
	const f = routerFields(line);
	const status = Number(f.status);
	const code = f.code && /^[HL]\d+$/i.test(f.code) ? f.code.toUpperCase() : undefined;
	const details = [
		...(code ? [`code=${code}${f.desc ? ` (${f.desc})` : ''}`] : []),
		...(f.service ? [`service=${f.service}`] : []),
		...(f.sock ? [`sock=${f.sock}`] : []),
	];
	const sender: SenderGuess = code
		? { id: 'heroku', evidence: `router error code ${code}: the Heroku router answered, not the dyno` }
		: { id: 'origin', evidence: `at=${f.at ?? 'info'} with no error code: the router passed on the dyno's response` };
	const platform: PlatformRef[] = code ? [{ vendor: 'heroku', slug: code.toLowerCase(), id: code }] : [];
	return { status, format: 'heroku-router', line: n, excerpt: clip(line), method: f.method, sender, platform, details };
}

/** Actions in ALB `actions_executed` that mean the load balancer answered by itself. */
const ALB_OWN_ACTIONS = ['redirect', 'fixed-response', 'waf', 'authenticate'];

/** An AWS Application Load Balancer access log line. */
export function parseAlb(line: string, n: number): Observation | null {
	if (!/^(?:https?|h2|grpcs|ws|wss) \d{4}-\d\d-\d\dT\S+ app\//.test(line)) return null;
	const f = splitQuoted(line);
	const elb = Number(f[8]);
	const target = f[9];
	const actions = (f[22] ?? '-').split(',');
	const errorReason = f[24] && f[24] !== '-' ? f[24] : undefined;
	const details = [`elb_status_code ${f[8]}`, `target_status_code ${target}`];
	if (f[7] === '-1') details.push('response_processing_time -1');
	if (errorReason) details.push(`error_reason ${errorReason}`);
	if (actions[0] !== '-') details.push(`actions_executed ${actions.join(',')}`);
	const own = actions.find((a) => ALB_OWN_ACTIONS.includes(a) || a.startsWith('waf'));
	let sender: SenderGuess;
	if (own && target === '-') sender = { id: 'aws-alb', evidence: `actions_executed includes ${own} and no target answered` };
	else if (target === '-') sender = { id: 'aws-alb', evidence: 'target_status_code is "-": no target answered, so the load balancer sent this status' };
	else if (Number(target) === elb) sender = { id: 'origin', evidence: `target_status_code ${target} equals elb_status_code: the target answered` };
	else sender = { id: 'aws-alb', evidence: `the target answered ${target} but the load balancer sent ${elb}` };
	const platform: PlatformRef[] =
		sender.id === 'aws-alb'
			? [{ vendor: 'aws-alb', slug: String(elb), id: String(elb) }, ...(errorReason ? [{ vendor: 'aws-alb', slug: errorReason.toLowerCase(), id: errorReason }] : [])]
			: [];
	return { status: elb, format: 'alb', line: n, excerpt: clip(line), method: methodOf(f[12]), sender, platform, details };
}
