/**
 * An identifier cut where it may wrap: after `.`, `_` and `::` (`StatusCode::PAYLOAD_TOO_LARGE`,
 * `net::ERR_HTTP2_PROTOCOL_ERROR`), never inside a word, so a long one fits a phone without being
 * split mid-name. Ident.astro and the search rows (rowHtml) put a `<wbr>` between the parts.
 */
export function identParts(text: string): string[] {
	return text.split(/(?<=::|\.|_)/);
}
