/** Outcome of a copy attempt; `message` says what to do instead, in words for the user. */
export type CopyResult = { ok: true } | { ok: false; message: string };

/**
 * Copies `text` with the async Clipboard API; never throws. Whether the API is missing (an
 * insecure origin) or the browser refused, the user's way out is the same: copy by hand.
 */
export async function copyText(text: string): Promise<CopyResult> {
	try {
		await navigator.clipboard.writeText(text);
		return { ok: true };
	} catch {
		return { ok: false, message: `Copy failed: select “${text}” and copy it by hand` };
	}
}
