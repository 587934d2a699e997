const BASE = import.meta.env.BASE_URL;

/** Returns `path` prefixed with the configured base, with exactly one slash between. */
export function withBase(path: string): string {
	return BASE.replace(/\/$/, '') + '/' + path.replace(/^\//, '');
}

/** Returns the page URL of a status code, e.g. `/404/`. */
export function codePath(code: number): string {
	return withBase(`${code}/`);
}
