import { clip } from './parse-http';
import type { Observation, SenderGuess } from './types';

/** The Logpush `http_requests` fields the explainer reads. */
interface LogpushRecord {
	EdgeResponseStatus?: number;
	OriginResponseStatus?: number;
	CacheCacheStatus?: string;
	ClientRequestMethod?: string;
	ClientRequestHost?: string;
	ClientRequestURI?: string;
	RayID?: string;
	SecurityAction?: string;
	SecurityActions?: string[];
	WAFAction?: string;
	FirewallMatchesActions?: string[];
	WorkerStatus?: string;
}

const BLOCKING = /^(?:block|challenge|jschallenge|managed_challenge|js_challenge|challengeFailed|drop)$/i;

/** Returns the record of a Logpush line, or null when the line is not one. */
export function logpushRecord(line: string): LogpushRecord | null {
	if (!line.trimStart().startsWith('{')) return null;
	try {
		const record = JSON.parse(line) as LogpushRecord;
		return typeof record?.EdgeResponseStatus === 'number' ? record : null;
	} catch {
		return null;
	}
}

/** One Cloudflare Logpush HTTP request record (NDJSON line): edge status against origin status. */
export function parseLogpush(line: string, n: number): Observation | null {
	const r = logpushRecord(line);
	if (!r) return null;
	const edge = r.EdgeResponseStatus!;
	const origin = r.OriginResponseStatus ?? 0;
	const actions = [r.SecurityAction, r.WAFAction, ...(r.SecurityActions ?? []), ...(r.FirewallMatchesActions ?? [])].filter(
		(a): a is string => typeof a === 'string' && BLOCKING.test(a),
	);
	const details = [`EdgeResponseStatus ${edge}`, `OriginResponseStatus ${origin}`];
	if (r.CacheCacheStatus) details.push(`CacheCacheStatus ${r.CacheCacheStatus}`);
	if (actions.length) details.push(`security action ${actions[0]}`);
	if (r.RayID) details.push(`RayID ${r.RayID}`);
	let sender: SenderGuess;
	if (actions.length) sender = { id: 'cloudflare', evidence: `security action ${actions[0]}: Cloudflare stopped the request at the edge` };
	else if (origin > 0 && origin === edge) sender = { id: 'origin', evidence: `OriginResponseStatus ${origin} equals EdgeResponseStatus: the origin answered` };
	else if (origin === 0 && /^(?:hit|stale|updating|revalidated)$/i.test(r.CacheCacheStatus ?? ''))
		sender = { id: 'cloudflare', evidence: `OriginResponseStatus 0 with cache status ${r.CacheCacheStatus}: served from Cloudflare's cache` };
	else if (origin === 0) sender = { id: 'cloudflare', evidence: 'OriginResponseStatus 0: no origin response, so Cloudflare sent this status' };
	else sender = { id: 'cloudflare', evidence: `the origin answered ${origin} but Cloudflare sent ${edge}` };
	const path = `${r.ClientRequestHost ?? ''}${r.ClientRequestURI ?? ''}`;
	return {
		status: edge,
		format: 'cloudflare-logpush',
		line: n,
		excerpt: clip(`${r.ClientRequestMethod ?? ''} ${path} → ${edge}`.trim()),
		method: r.ClientRequestMethod,
		sender,
		platform: [],
		details,
	};
}
