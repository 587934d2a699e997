/** True when the key press happens while the user types into some form field. */
function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

/** True while an input method editor is composing text (keyCode 229 covers older Safari). */
export function isComposing(event: KeyboardEvent): boolean {
	return event.isComposing || event.keyCode === 229;
}

/**
 * True for Ctrl/⌘+K on any keyboard layout: by the key's letter where it is a Latin letter, by its
 * position (`KeyK`) where the layout puts another letter there (Russian `л`, Greek `κ`).
 */
export function isCommandK(event: KeyboardEvent): boolean {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
	return /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() === 'k' : event.code === 'KeyK';
}

/**
 * Moves focus to the next (+1) or previous (-1) visible result link, starting from the search
 * box when no result has focus. Returns false when there is nowhere to go.
 */
export function moveFocus(step: 1 | -1): boolean {
	// checkVisibility(), not offsetParent: the list hidden while searching keeps its layout
	// (content-visibility: hidden), so its links still have an offsetParent.
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-result]')].filter((link) =>
		link.checkVisibility ? link.checkVisibility() : link.offsetParent !== null,
	);
	const at = links.indexOf(document.activeElement as HTMLAnchorElement);
	const next = links[at === -1 ? (step === 1 ? 0 : -1) : at + step];
	next?.focus();
	return next !== undefined;
}

/**
 * Page-wide keys: `/` and Ctrl/⌘+K focus the search box (never stealing keys from another
 * field), ↑/↓ walk the result links, Esc on a result goes back to the box.
 */
export function handlePageKey(event: KeyboardEvent, input: HTMLInputElement | null): void {
	if (!input || event.defaultPrevented || isComposing(event)) return;
	const modified = event.ctrlKey || event.metaKey || event.altKey;
	if (isCommandK(event) || (event.key === '/' && !modified && !isTyping(event.target))) {
		event.preventDefault();
		input.focus();
		input.select();
		return;
	}
	if (modified || !(event.target instanceof HTMLAnchorElement) || !event.target.matches('a[data-result]')) return;
	if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
		event.preventDefault();
		if (!moveFocus(event.key === 'ArrowDown' ? 1 : -1)) input.focus();
	} else if (event.key === 'Escape') {
		event.preventDefault();
		input.focus();
	}
}
