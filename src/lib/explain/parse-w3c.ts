import { clip } from './parse-http';
import type { FormatId, Observation, PlatformRef, SenderGuess } from './types';

/** IIS's default W3C fields, used until a `#Fields:` line says otherwise. */
export const IIS_DEFAULT_FIELDS =
	'date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken'.split(' ');

/** CloudFront's standard (legacy) log fields, in the order its files list them. */
export const CLOUDFRONT_FIELDS =
	'date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end'.split(
		' ',
	);

/** The field names of a W3C log, updated by each `#Fields:` line. */
export interface W3CState {
	fields: string[];
}

/** Reads a `#Fields:` directive into the state; true when the line was a directive or comment. */
export function readDirective(line: string, state: W3CState): boolean {
	if (!line.startsWith('#')) return false;
	if (line.startsWith('#Fields:')) state.fields = line.slice(8).trim().split(/\s+/);
	return true;
}

const row = (line: string, state: W3CState) => {
	const cells = line.split(line.includes('\t') ? '\t' : ' ');
	return (name: string) => {
		const i = state.fields.indexOf(name);
		return i < 0 ? undefined : cells[i];
	};
};

/** One IIS W3C log line: status, sub-status and the Win32 status IIS recorded. */
export function parseIis(line: string, n: number, state: W3CState): Observation | null {
	if (readDirective(line, state) || !line.trim()) return null;
	const get = row(line, state);
	const status = Number(get('sc-status'));
	if (!Number.isInteger(status) || get('sc-status') === undefined) return null;
	const sub = get('sc-substatus') ?? '0';
	const win32 = get('sc-win32-status') ?? '0';
	const platform: PlatformRef[] = [];
	const details = [`sc-status ${status}`, `sc-substatus ${sub}`, `sc-win32-status ${win32}`];
	if (sub !== '0' && /^\d+$/.test(sub)) platform.push({ vendor: 'iis', slug: `${status}.${sub}`, id: `${status}.${sub}` });
	if (win32 !== '0' && /^\d+$/.test(win32)) platform.push({ vendor: 'iis', slug: `win32-${win32}`, id: win32 });
	let sender: SenderGuess | undefined;
	if (sub !== '0') sender = { id: 'iis', evidence: `sub-status ${status}.${sub} is set by IIS itself` };
	else if (win32 !== '0') sender = { id: 'iis', evidence: `Win32 status ${win32}: IIS recorded a system error for this request` };
	return { status, format: 'iis-w3c', line: n, excerpt: clip(line), method: get('cs-method'), sender, platform, details };
}

/** CloudFront result types that mean CloudFront answered without the origin's status. */
const CLOUDFRONT_OWN = /^(?:Origin(?!Error$)\w+|LimitExceeded|CapacityExceeded|Redirect|ClientGeoBlocked|InvalidRequest\w*|\w*FunctionExecutionError|\w*FunctionThrottledError|LambdaExecutionError|LambdaValidationError|LambdaLimitExceededError)$/;

/** One CloudFront standard log line. */
export function parseCloudFront(line: string, n: number, state: W3CState): Observation | null {
	if (readDirective(line, state) || !line.trim()) return null;
	const get = row(line, state);
	const raw = get('sc-status');
	if (raw === undefined || !/^\d{3}$/.test(raw)) return null;
	const status = Number(raw);
	const result = get('x-edge-result-type') ?? '-';
	const detailed = get('x-edge-detailed-result-type') ?? '-';
	const details = [`x-edge-result-type ${result}`];
	if (detailed !== '-' && detailed !== result) details.push(`x-edge-detailed-result-type ${detailed}`);
	const platform: PlatformRef[] = [];
	let sender: SenderGuess | undefined;
	if (status === 0) {
		sender = { id: 'client', evidence: 'sc-status 000: the viewer closed the connection before CloudFront could respond' };
		platform.push({ vendor: 'not-http', slug: '000', id: '000' });
	} else if (CLOUDFRONT_OWN.test(detailed) || CLOUDFRONT_OWN.test(result)) {
		const id = CLOUDFRONT_OWN.test(detailed) ? detailed : result;
		sender = { id: 'cloudfront', evidence: `result type ${id}: CloudFront answered by itself` };
		platform.push({ vendor: 'cloudfront', slug: id.toLowerCase(), id });
	} else if (result === 'Hit' || result === 'RefreshHit') {
		sender = { id: 'cloudfront', evidence: `x-edge-result-type ${result}: served from the CloudFront cache` };
	} else if (result === 'Miss') {
		sender = { id: 'origin', evidence: 'x-edge-result-type Miss: CloudFront fetched this response from the origin' };
	}
	const format: FormatId = 'cloudfront';
	return { status, format, line: n, excerpt: clip(line.replace(/\t/g, ' ')), method: get('cs-method'), sender, platform, details };
}
