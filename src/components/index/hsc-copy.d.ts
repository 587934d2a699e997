import type { JSX } from 'preact';

// `<hsc-copy>` is defined by src/scripts/hsc-copy.ts; the island renders it like any element.
declare module 'preact' {
	namespace JSX {
		interface IntrinsicElements {
			'hsc-copy': JSX.HTMLAttributes<HTMLElement> & { 'data-label': string };
		}
	}
}
