import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './paths';
import { buildOnce } from './build-once';

/** A guide with its page URL. */
export interface Guide {
	entry: CollectionEntry<'guides'>;
	data: CollectionEntry<'guides'>['data'];
	href: string;
}

async function loadGuides(): Promise<Guide[]> {
	// That each code a guide names has a page was checked before the build began (content-check.ts).
	const entries = await getCollection('guides');
	return entries
		.toSorted((a, b) => a.data.order - b.data.order)
		.map((entry) => ({ entry, data: entry.data, href: withBase(`guides/${entry.id}/`) }));
}

/** Returns every guide in `order`. */
export const getGuides = buildOnce(loadGuides);

/** Returns the guides that discuss `code`. */
export async function guidesFor(code: number): Promise<Guide[]> {
	return (await getGuides()).filter((guide) => guide.data.codes.includes(code));
}
