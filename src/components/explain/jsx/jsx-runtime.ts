/**
 * A JSX runtime of this island's own, over preact's createElement (what preact/jsx-runtime does,
 * minus dev checks). With preact/jsx-runtime, Rollup would move that module into a chunk shared
 * with the index's search island, and the index page must not change by a byte for /explain/.
 * The explain components select it with `@jsxImportSource ./jsx`.
 */
import { createElement, type VNode } from 'preact';

export { Fragment } from 'preact';
export type { JSX } from 'preact';

/** Builds a vnode; `children` is already in `props`, `key` comes separately. */
export function jsx(type: Parameters<typeof createElement>[0], props: Record<string, unknown>, key?: string): VNode {
	return createElement(type, key === undefined ? props : { ...props, key });
}

export { jsx as jsxs, jsx as jsxDEV };
