import { getCollection, type CollectionEntry } from 'astro:content';
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
	// Every rule, across files too, was checked before the build began (src/integrations/content-check.ts).
	const entries = await getCollection('codes');
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

/** Returns every code, sorted by number; the one getCollection call. */
export const getCodes = buildOnce(loadCodes);

/** What a code page shows besides the code itself: its neighbours and its related codes. */
export interface CodePageProps {
	code: Code;
	prev?: Code;
	next?: Code;
	related: { code: Code; when?: string }[];
}

/** Returns the page props of one code, from the sorted list getCodes() returns. */
export function pagePropsOf(codes: Code[], number: number): CodePageProps {
	const i = codes.findIndex((c) => c.data.code === number);
	const code = codes[i];
	const byNumber = (n: number) => codes.find((c) => c.data.code === n)!;
	return {
		code,
		prev: codes[i - 1],
		next: codes[i + 1],
		related: code.data.related.map(({ code: n, when }) => ({ code: byNumber(n), when })),
	};
}
