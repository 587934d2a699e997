/**
 * Theme for Tailwind 4, loaded with `@config` by src/styles/index.css and code.css, which also
 * list the sources to scan (so no `content` here).
 */
module.exports = {
	theme: {
		extend: {
			colors: {
				info: { 50: '#eff6ff', 100: '#dbeafe', 700: '#1d4ed8', 800: '#1e40af', 900: '#1e3a8a' },
				success: { 50: '#f0fdf4', 100: '#dcfce7', 700: '#15803d', 800: '#166534', 900: '#14532d' },
				redirect: { 50: '#f5f3ff', 100: '#ede9fe', 700: '#6d28d9', 800: '#5b21b6', 900: '#4c1d95' },
				client: { 50: '#fffbeb', 100: '#fef3c7', 700: '#b45309', 800: '#92400e', 900: '#78350f' },
				server: { 50: '#fef2f2', 100: '#fee2e2', 700: '#b91c1c', 800: '#991b1b', 900: '#7f1d1d' },
			},
			maxWidth: { prose: '72ch' },
		},
	},
};
