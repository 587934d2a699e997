/**
 * The theme button in the header: Auto (follow the system) → Light → Dark → Auto. The choice is
 * kept in localStorage and applied as <html data-theme> by the inline script in BaseLayout's
 * <head> before the first paint, so a stored choice never flashes the wrong theme.
 */
const THEMES = ['auto', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

function stored(): Theme {
	try {
		const value = localStorage.getItem('theme');
		return value === 'light' || value === 'dark' ? value : 'auto';
	} catch {
		return 'auto';
	}
}

function apply(theme: Theme, button: HTMLButtonElement): void {
	if (theme === 'auto') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = theme;
	try {
		if (theme === 'auto') localStorage.removeItem('theme');
		else localStorage.setItem('theme', theme);
	} catch {
		// Storage blocked: the choice lasts for this page only.
	}
	const label = { auto: 'Auto', light: 'Light', dark: 'Dark' }[theme];
	button.textContent = `◐ ${label}`;
	button.setAttribute('aria-label', `Theme: ${label}`);
}

const button = document.getElementById('theme-toggle') as HTMLButtonElement | null;
if (button) {
	let theme = stored();
	apply(theme, button);
	button.dataset.ready = '';
	button.addEventListener('click', () => {
		theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
		apply(theme, button);
	});
}
