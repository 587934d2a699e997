import { CLASSES, type StatusClass } from './site';
import { MAX_QUERY_LENGTH } from './search';

/** What the index shows: a query and the class chips that are on. */
export interface ViewState {
	q: string;
	classes: StatusClass[];
}

const CLASS_IDS: readonly string[] = CLASSES.map((c) => c.id);

/** Reads `?q=` and `?class=4xx,5xx` from a query string; unknown or hostile values are dropped. */
export function readState(search: string): ViewState {
	const params = new URLSearchParams(search);
	const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
	const wanted = (params.get('class') ?? '').toLowerCase().split(',');
	const classes = CLASS_IDS.filter((id) => wanted.includes(id)) as StatusClass[];
	return { q, classes };
}

/** Returns `search` with `q` and `class` set from `state` (or removed when empty), other params kept. */
export function writeState(search: string, state: ViewState): string {
	const params = new URLSearchParams(search);
	const q = state.q.trim() ? state.q : '';
	if (q) params.set('q', q);
	else params.delete('q');
	const classes = CLASS_IDS.filter((id) => state.classes.includes(id as StatusClass));
	if (classes.length) params.set('class', classes.join(','));
	else params.delete('class');
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
