/** True when the key press happens while the user types into some form field. */
function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

/**
 * Moves focus to the next (+1) or previous (-1) visible result link, starting from the search
 * box when no result has focus. Returns false when there is nowhere to go.
 */
export function moveFocus(step: 1 | -1): boolean {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-result]')].filter(
		(link) => link.offsetParent !== null,
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
	if (!input || event.defaultPrevented) return;
	const modified = event.ctrlKey || event.metaKey || event.altKey;
	const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
	if (commandK || (event.key === '/' && !modified && !isTyping(event.target))) {
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
