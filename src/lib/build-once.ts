/**
 * Returns `load` wrapped so a build runs it once and every page shares the result. The dev server
 * calls it afresh each time, so edits to content/ show up without a restart.
 */
export function buildOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let cache: Promise<T> | undefined;
	return () => {
		if (import.meta.env.DEV) return load();
		cache ??= load();
		return cache;
	};
}
