import { getCollection, type CollectionEntry } from 'astro:content';
import { getCodes } from './codes';
import { ContentError } from './integrity';
import { withBase } from './paths';
import { buildOnce } from './build-once';

/** A guide with its page URL. */
export interface Guide {
	entry: CollectionEntry<'guides'>;
	data: CollectionEntry<'guides'>['data'];
	href: string;
}

async function loadGuides(): Promise<Guide[]> {
	const [entries, codes] = await Promise.all([getCollection('guides'), getCodes()]);
	const known = new Set(codes.map((code) => code.data.code));
	for (const entry of entries) {
		const missing = entry.data.codes.find((code) => !known.has(code));
		if (missing !== undefined) {
			throw new ContentError(entry.filePath ?? `content/guides/${entry.id}.md`, 'codes', `code ${missing} has no content file`);
		}
	}
	return entries
		.toSorted((a, b) => a.data.order - b.data.order)
		.map((entry) => ({ entry, data: entry.data, href: withBase(`guides/${entry.id}/`) }));
}

/** Returns every guide in `order`, after checking that each code it names has a page. */
export const getGuides = buildOnce(loadGuides);

/** Returns the guides that discuss `code`. */
export async function guidesFor(code: number): Promise<Guide[]> {
	return (await getGuides()).filter((guide) => guide.data.codes.includes(code));
}
