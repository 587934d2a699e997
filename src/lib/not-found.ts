/*
 * Pure logic of the not-found page, kept free of imports: anything it shared with the index
 * island would be split by the bundler into a chunk both pages then load.
 */

/**
 * The search an unknown address most likely meant, for the not-found page: the last segment of
 * the path that is not generic (`status`, `http`, `codes`, …), as words. `/status/429/` gives
 * `429`, `/too-many-requests.html` gives `too many requests`.
 */
export function queryFromPath(pathname: string, maxLength: number): string {
	const segments = pathname
		.split('/')
		.map(decodeSegment)
		// Control and format characters (NUL, bidi overrides, zero-width marks) never reach the text,
		// and a decoded `/` (`..%2f..%2fetc%2fpasswd`) is just a separator.
		.map((s) => s.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\.html?$/i, '').replace(/[-_+./\\]+/g, ' ').replace(/\s+/g, ' ').trim())
		.filter((s) => s && !/^(index|status|http|https|codes?|errors?)$/i.test(s));
	return (segments.at(-1) ?? '').slice(0, maxLength);
}

/** Percent-decodes one path segment; a malformed escape leaves it as it came. */
function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
