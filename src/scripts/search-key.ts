/**
 * `/` and Ctrl/⌘+K on a page without the search box (code pages, guides, /constants/): open the
 * index with its box focused (`/#search`, which the island honours). Never while the reader types
 * in a field or an input method is composing. The index handles these keys itself
 * (src/components/index/keyboard.ts); that module is not imported here, since sharing it would split
 * it into a chunk of its own, one more request on every page.
 */
addEventListener('keydown', (event) => {
	const { key, target } = event;
	if (event.defaultPrevented || event.isComposing || event.altKey || document.getElementById('code-search')) return;
	if ((target as HTMLElement).closest('input,textarea,select,[contenteditable]')) return;
	// Ctrl/⌘+K by letter on Latin layouts, by position (KeyK) where the layout puts another letter there.
	const k = (/^[a-z]$/i.test(key) ? key : event.code.slice(3)).toLowerCase() === 'k';
	if (event.ctrlKey || event.metaKey ? k : key === '/') {
		event.preventDefault();
		location.href = `${import.meta.env.BASE_URL}#search`;
	}
});
