/**
 * Theme for Tailwind 4, loaded with `@config` by src/styles/tailwind.css; each page family's entry
 * (index.css, code.css, guide.css) lists the sources to scan, so there is no `content` here.
 *
 * Every colour is a `light-dark(light, dark)` pair: the page switches theme by changing
 * `color-scheme` on <html> (system preference, or the theme button's choice), so no utility needs
 * a `dark:` twin and the stylesheet carries each colour rule once.
 */
const pair = (light, dark) => `light-dark(${light}, ${dark})`;

/**
 * Colours of one status class: numbers and chip borders (fg; a 300 shade on dark, saturated enough
 * to tell the classes apart), badge text, badge fill, hover, text on a solid fill.
 */
const statusClass = ({ c50, c100, c300, c700, c800, c900 }) => ({
	fg: pair(c700, c300),
	ink: pair(c800, c100),
	tint: pair(c100, c900),
	wash: pair(c50, c900),
	on: pair('#fff', c900),
});

module.exports = {
	theme: {
		extend: {
			colors: {
				page: pair('#fff', '#020617'),
				raised: pair('#fff', '#0f172a'),
				sunken: pair('#f1f5f9', '#1e293b'),
				ink: pair('#0f172a', '#f1f5f9'),
				soft: pair('#334155', '#cbd5e1'),
				muted: pair('#475569', '#94a3b8'),
				line: {
					DEFAULT: pair('#e2e8f0', '#334155'),
					strong: pair('#cbd5e1', '#475569'),
					bold: pair('#64748b', '#94a3b8'),
				},
				link: pair('#075985', '#7dd3fc'),
				focus: pair('#0284c7', '#38bdf8'),
				note: {
					line: pair('#fcd34d', '#b45309'),
					bg: pair('#fffbeb', '#451a03'),
					ink: pair('#451a03', '#fef3c7'),
				},
				info: statusClass({ c50: '#eff6ff', c100: '#dbeafe', c300: '#93c5fd', c700: '#1d4ed8', c800: '#1e40af', c900: '#1e3a8a' }),
				success: statusClass({ c50: '#f0fdf4', c100: '#dcfce7', c300: '#86efac', c700: '#15803d', c800: '#166534', c900: '#14532d' }),
				redirect: statusClass({ c50: '#f5f3ff', c100: '#ede9fe', c300: '#c4b5fd', c700: '#6d28d9', c800: '#5b21b6', c900: '#4c1d95' }),
				client: statusClass({ c50: '#fffbeb', c100: '#fef3c7', c300: '#fcd34d', c700: '#b45309', c800: '#92400e', c900: '#78350f' }),
				server: statusClass({ c50: '#fef2f2', c100: '#fee2e2', c300: '#fca5a5', c700: '#b91c1c', c800: '#991b1b', c900: '#7f1d1d' }),
			},
			// The platform's own UI fonts, nothing to download: system-ui is the OS font everywhere.
			fontFamily: {
				sans: ['system-ui', 'sans-serif'],
				mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
			},
			maxWidth: { prose: '72ch' },
		},
	},
};
