import { CLASS_IDS, MAX_QUERY_LENGTH, type StatusClass } from './site';

/** What the index shows: a query, the class chips that are on, and whether to hide unofficial codes. */
export interface ViewState {
	q: string;
	classes: StatusClass[];
	officialOnly: boolean;
}


/** The spellings of "on" people write in a URL: `?official=1`, `true`, `yes`, `on`. */
const TRUE = ['1', 'true', 'yes', 'on'];

/**
 * Reads `?q=`, `?class=4xx,5xx` (or `?class=4xx&class=5xx`) and `?official=1` from a query string;
 * unknown or hostile values are dropped. writeState() writes the same view back in one canonical
 * form, so the island rewrites whatever spelling it was opened with.
 */
export function readState(search: string): ViewState {
	const params = new URLSearchParams(search);
	const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
	const wanted = params.getAll('class').flatMap((value) => value.toLowerCase().split(','));
	const classes = CLASS_IDS.filter((id) => wanted.includes(id));
	const official = params.getAll('official').at(-1)?.trim().toLowerCase() ?? '';
	return { q, classes, officialOnly: TRUE.includes(official) };
}

/** Returns `search` with `q`, `class` and `official` set from `state` (or removed when empty), other params kept. */
export function writeState(search: string, state: ViewState): string {
	const params = new URLSearchParams(search);
	const q = state.q.trim() ? state.q : '';
	if (q) params.set('q', q);
	else params.delete('q');
	const classes = CLASS_IDS.filter((id) => state.classes.includes(id));
	if (classes.length) params.set('class', classes.join(','));
	else params.delete('class');
	if (state.officialOnly) params.set('official', '1');
	else params.delete('official');
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
