import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCodes } from './integrity';
import { classOf, labelOf, type StatusClass } from './site';
import { codePath } from './paths';

/** A content entry with what is derived from it: class, copy label and page URL. */
export interface Code {
	entry: CollectionEntry<'codes'>;
	data: CollectionEntry<'codes'>['data'];
	cls: StatusClass;
	label: string;
	href: string;
}

let cache: Promise<Code[]> | undefined;

async function loadCodes(): Promise<Code[]> {
	const entries = await getCollection('codes');
	checkCodes(
		entries.map((entry) => ({
			id: entry.id,
			filePath: entry.filePath ?? `content/${entry.id}.md`,
			data: entry.data,
		})),
	);
	return entries
		.toSorted((a, b) => a.data.code - b.data.code)
		.map((entry) => ({
			entry,
			data: entry.data,
			cls: classOf(entry.data.code),
			label: labelOf(entry.data.code, entry.data.name),
			href: codePath(entry.data.code),
		}));
}

/** Returns every code, checked across files and sorted by number; the one getCollection call. */
export function getCodes(): Promise<Code[]> {
	// The dev server must see edits to content/, so only the build reuses one load for all pages.
	if (import.meta.env.DEV) return loadCodes();
	cache ??= loadCodes();
	return cache;
}
