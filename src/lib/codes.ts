import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCodes } from './integrity';
import { classOf, type StatusClass } from './site';
import { codePath } from './paths';
import { meaningsOf, type Meaning } from './meanings';
import { buildOnce } from './build-once';

/** A content entry with what is derived from it: class, meanings, copy label and page URL. */
export interface Code {
	entry: CollectionEntry<'codes'>;
	data: CollectionEntry<'codes'>['data'];
	/** null for 0, which is not an HTTP status. */
	cls: StatusClass | null;
	/** false when the number's main meaning is a vendor's, not the IANA registry's. */
	official: boolean;
	/** The main meaning first, then any other (unofficial) meanings of the same number. */
	meanings: Meaning[];
	label: string;
	href: string;
}

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
		.map((entry) => {
			const meanings = meaningsOf(entry.data);
			return {
				entry,
				data: entry.data,
				cls: classOf(entry.data.code),
				official: meanings[0].official,
				meanings,
				label: meanings[0].label,
				href: codePath(entry.data.code),
			};
		});
}

/** Returns every code, checked across files and sorted by number; the one getCollection call. */
export const getCodes = buildOnce(loadCodes);
