/** Outcome of a copy attempt; `message` says why it failed, in words for the user. */
export type CopyResult = { ok: true } | { ok: false; message: string };

/** Copies `text` with the async Clipboard API; never throws. */
export async function copyText(text: string): Promise<CopyResult> {
	if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
		return { ok: false, message: `Clipboard unavailable: select and copy “${text}” by hand` };
	}
	try {
		await navigator.clipboard.writeText(text);
		return { ok: true };
	} catch {
		return { ok: false, message: `Copy was blocked: select and copy “${text}” by hand` };
	}
}
