import { clip } from './parse-http';
import type { Header, Observation, PlatformRef } from './types';

/** The parts of a HAR entry the explainer reads. */
interface HarEntry {
	request?: { method?: string; url?: string };
	response?: {
		status?: number;
		statusText?: string;
		headers?: { name?: string; value?: string }[];
		bodySize?: number;
		content?: { text?: string; mimeType?: string };
		_error?: string | null;
		_fetchedViaServiceWorker?: boolean;
	};
	_error?: string | null;
	_fromCache?: string;
}

/** What reading a HAR text gave: the entries, and whether the file ended before its entries did. */
export interface HarRead {
	entries: HarEntry[];
	truncated: boolean;
}

/**
 * Reads a HAR file. A file cut off part way (a download stopped, a paste over the size limit) keeps
 * every entry that is complete, and says it was truncated. Returns null when the text is no HAR.
 */
export function readHar(text: string): HarRead | null {
	try {
		const data = JSON.parse(text) as { log?: { entries?: unknown } };
		const entries = data?.log?.entries;
		return Array.isArray(entries) ? { entries: entries as HarEntry[], truncated: false } : null;
	} catch {
		return salvage(text);
	}
}

/** Parses the complete entries of a truncated HAR one object at a time. */
function salvage(text: string): HarRead | null {
	const start = /"log"\s*:\s*\{[\s\S]*?"entries"\s*:\s*\[/.exec(text);
	if (!start) return null;
	const entries: HarEntry[] = [];
	let i = start.index + start[0].length;
	for (;;) {
		while (i < text.length && /[\s,]/.test(text[i])) i++;
		if (text[i] !== '{') break;
		const end = closingBrace(text, i);
		if (end < 0) break;
		try {
			entries.push(JSON.parse(text.slice(i, end + 1)) as HarEntry);
		} catch {
			break;
		}
		i = end + 1;
	}
	return { entries, truncated: true };
}

/** Index of the `}` closing the object that opens at `from`, skipping strings; -1 when cut off. */
function closingBrace(text: string, from: number): number {
	let depth = 0;
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
		} else if (c === 123) depth++;
		else if (c === 125 && --depth === 0) return i;
	}
	return -1;
}

/** The not-http catalogue slug of a Chromium net error: `net::ERR_HTTP2_PROTOCOL_ERROR` → `err-http2-protocol-error`. */
export function netErrorSlug(error: string): string | undefined {
	const name = /\b(ERR_[A-Z0-9_]+)/.exec(error)?.[1];
	return name ? name.toLowerCase().replace(/_/g, '-') : undefined;
}

/** Turns one HAR entry into an observation: statuses 0 and -1, `_error`, internal redirects and caches included. */
export function entryObservation(entry: HarEntry, index: number): Observation {
	const response = entry.response ?? {};
	const status = typeof response.status === 'number' ? response.status : Number(response.status ?? 0);
	const error = response._error || entry._error || undefined;
	const method = entry.request?.method;
	const url = entry.request?.url ?? '';
	const headers: Header[] = (response.headers ?? []).map((h) => [String(h.name ?? ''), String(h.value ?? '')]);
	const platform: PlatformRef[] = [];
	const details: string[] = [];
	let sender: Observation['sender'];
	if (error) {
		details.push(`_error: ${error}`);
		const slug = netErrorSlug(error);
		if (slug === 'err-aborted') platform.push({ vendor: 'not-http', slug: 'canceled', id: error });
		else if (slug) platform.push({ vendor: 'not-http', slug, id: error });
	}
	if (status === -1) {
		platform.push({ vendor: 'not-http', slug: 'canceled', id: '-1' });
		sender = { id: 'browser', evidence: 'status -1: the request was cancelled or never completed, so no response was recorded' };
	} else if (status === 0) {
		platform.push({ vendor: 'not-http', slug: '000', id: '0' });
		sender = { id: 'browser', evidence: error ? `status 0 with _error ${error}: no HTTP response arrived` : 'status 0: no HTTP response arrived' };
	} else if (status === 307 && /internal redirect/i.test(response.statusText ?? '')) {
		platform.push({ vendor: 'not-http', slug: '307-internal-redirect', id: 'Internal Redirect' });
		sender = { id: 'browser', evidence: 'statusText "Internal Redirect": the browser redirected by itself (HSTS or an HTTPS upgrade)' };
	}
	const cache = entry._fromCache;
	if (cache === 'disk' || cache === 'memory') {
		platform.push({ vendor: 'not-http', slug: `${cache}-cache`, id: `_fromCache: ${cache}` });
		details.push(`served from the ${cache} cache`);
		sender ??= { id: 'browser', evidence: `_fromCache "${cache}": the browser answered from its own cache` };
	}
	const text = response.content?.text;
	return {
		status,
		format: 'har',
		line: index + 1,
		excerpt: clip(`${method ?? ''} ${url} → ${status} ${response.statusText ?? ''}`.trim()),
		headers,
		body: typeof text === 'string' && text ? text.slice(0, 4000) : undefined,
		hasContent: (response.bodySize ?? 0) > 0,
		sender,
		platform,
		details,
		method,
	};
}
