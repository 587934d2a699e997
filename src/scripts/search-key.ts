/**
 * `/` and Ctrl/⌘+K on a page without the search box (code pages, guides, /constants/): open the
 * index with its box focused (`/#search`, which the island honours). Never while the reader types
 * in a field or an input method is composing. The index handles these keys itself
 * (src/components/index/keyboard.ts); that module is not imported here, since sharing it would split
 * it into a chunk of its own, one more request on every page.
 */
addEventListener('keydown', (event) => {
	const target = event.target as HTMLElement;
	if (event.defaultPrevented || event.isComposing || event.keyCode === 229 || document.getElementById('code-search')) return;
	if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
	const modified = event.ctrlKey || event.metaKey;
	// Ctrl/⌘+K by letter on Latin layouts, by position (KeyK) where the layout puts another letter there.
	const k = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() === 'k' : event.code === 'KeyK';
	if (event.altKey || !(modified ? k : event.key === '/')) return;
	event.preventDefault();
	location.href = `${import.meta.env.BASE_URL}#search`;
});
