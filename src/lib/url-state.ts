import { CLASSES, MAX_QUERY_LENGTH, type StatusClass } from './site';

/** What the index shows: a query, the class chips that are on, and whether to hide unofficial codes. */
export interface ViewState {
	q: string;
	classes: StatusClass[];
	officialOnly: boolean;
}

const CLASS_IDS: readonly string[] = CLASSES.map((c) => c.id);

/**
 * Reads `?q=`, `?class=4xx,5xx` and `?official=1` from a query string; unknown or hostile values
 * are dropped.
 */
export function readState(search: string): ViewState {
	const params = new URLSearchParams(search);
	const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
	const wanted = (params.get('class') ?? '').toLowerCase().split(',');
	const classes = CLASS_IDS.filter((id) => wanted.includes(id)) as StatusClass[];
	return { q, classes, officialOnly: params.get('official') === '1' };
}

/** Returns `search` with `q`, `class` and `official` set from `state` (or removed when empty), other params kept. */
export function writeState(search: string, state: ViewState): string {
	const params = new URLSearchParams(search);
	const q = state.q.trim() ? state.q : '';
	if (q) params.set('q', q);
	else params.delete('q');
	const classes = CLASS_IDS.filter((id) => state.classes.includes(id as StatusClass));
	if (classes.length) params.set('class', classes.join(','));
	else params.delete('class');
	if (state.officialOnly) params.set('official', '1');
	else params.delete('official');
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}

/**
 * The search an unknown address most likely meant, for the not-found page: the last segment of
 * the path that is not generic (`status`, `http`, `codes`, …), as words. `/status/429/` gives
 * `429`, `/too-many-requests.html` gives `too many requests`.
 */
export function queryFromPath(pathname: string): string {
	const segments = pathname
		.split('/')
		.map(decodeSegment)
		.map((s) => s.replace(/\.html?$/i, '').replace(/[-_+.]+/g, ' ').trim())
		.filter((s) => s && !/^(index|status|http|https|codes?|errors?)$/i.test(s));
	return (segments.at(-1) ?? '').slice(0, MAX_QUERY_LENGTH);
}

/** Percent-decodes one path segment; a malformed escape leaves it as it came. */
function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
