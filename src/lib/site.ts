/** Site name shown in titles and the header. */
export const SITE_TITLE = 'HTTP Status Codes';

/** Default meta description for pages that have none of their own. */
export const SITE_DESCRIPTION =
	'A fast, searchable reference of every IANA-registered HTTP status code: what each means, common causes, how to handle it, with spec links.';

/** Longest query that is searched; the rest of a pasted essay is ignored. */
export const MAX_QUERY_LENGTH = 100;

/** The five status classes, in order, with their RFC 9110 names. */
export const CLASSES = [
	{ id: '1xx', label: 'Informational' },
	{ id: '2xx', label: 'Successful' },
	{ id: '3xx', label: 'Redirection' },
	{ id: '4xx', label: 'Client Error' },
	{ id: '5xx', label: 'Server Error' },
] as const;

export type StatusClass = (typeof CLASSES)[number]['id'];

/** The class ids alone, in order: `['1xx', …, '5xx']`. */
export const CLASS_IDS = CLASSES.map((c) => c.id) as [StatusClass, ...StatusClass[]];

/** Returns the class id (`'4xx'`) of a status code; null for 0, which is no HTTP status at all. */
export function classOf(code: number): StatusClass | null {
	return code >= 100 && code <= 599 ? (`${Math.floor(code / 100)}xx` as StatusClass) : null;
}

/**
 * Returns the copyable label of a meaning: `404 Not Found` for a registered code, and with the
 * vendor for an unofficial one, `522 Connection Timed Out (Cloudflare)`: pasted into a bug report
 * without the vendor, an unofficial name reads as if HTTP defined it.
 */
export function labelOf(code: number, name: string, vendor?: string): string {
	return vendor ? `${code} ${name} (${vendor})` : `${code} ${name}`;
}

/** The badge of an unofficial meaning, the same wherever it is shown: `Cloudflare · unofficial`. */
export function vendorBadge(vendor: string): string {
	return `${vendor} · unofficial`;
}
