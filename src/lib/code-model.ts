import type { CollectionEntry } from 'astro:content';
import { classOf, CLASSES, type StatusClass } from './site';
import { codePath } from './paths';
import { meaningsOf, type Meaning } from './meanings';
import { factRowsOf } from './fact-rows';
import { lifecycleOf, today, type Lifecycle } from './lifecycle';

/** The facts box of a registered code: facts, lifecycle and the rows with their citations. */
export type FactsView = ReturnType<typeof factRowsOf>;

/**
 * A content entry with everything derived from it, computed once here and read by every page, the
 * JSON API and the search records: class, meanings, copy label, URL, facts, related codes, neighbours.
 */
export interface Code {
	entry: CollectionEntry<'codes'>;
	data: CollectionEntry<'codes'>['data'];
	/** null for 0, which is not an HTTP status. */
	cls: StatusClass | null;
	/** `Client Error`; `Not an HTTP status` for 0. */
	classLabel: string;
	/** false when the number's main meaning is a vendor's, not the IANA registry's. */
	official: boolean;
	/** The main meaning first, then any other (unofficial) meanings of the same number. */
	meanings: Meaning[];
	label: string;
	href: string;
	/** null for unofficial codes: the spec says nothing about them. */
	facts: FactsView | null;
	/** The registry state, for every code (the facts view's own for a registered one). */
	lifecycle: Lifecycle;
	related: { code: Code; when?: string }[];
	prev?: Code;
	next?: Code;
}

/** Builds the codes from content entries (checked already), sorted by number; `now` dates lapsed registrations. */
export function toCodes(entries: CollectionEntry<'codes'>[], now = today()): Code[] {
	const codes: Code[] = entries
		.toSorted((a, b) => a.data.code - b.data.code)
		.map((entry) => {
			const meanings = meaningsOf(entry.data);
			const cls = classOf(entry.data.code);
			const official = meanings[0].official;
			const facts = official ? factRowsOf(entry.data, now) : null;
			return {
				entry,
				data: entry.data,
				cls,
				classLabel: CLASSES.find((c) => c.id === cls)?.label ?? 'Not an HTTP status',
				official,
				meanings,
				label: meanings[0].label,
				href: codePath(entry.data.code),
				facts,
				lifecycle: facts?.lifecycle ?? lifecycleOf(entry.data),
				related: [],
			};
		});
	const byNumber = new Map(codes.map((code) => [code.data.code, code]));
	codes.forEach((code, i) => {
		code.prev = codes[i - 1];
		code.next = codes[i + 1];
		code.related = code.data.related.map(({ code: n, when }) => ({ code: byNumber.get(n)!, when }));
	});
	return codes;
}

/** One group of the index: a class (or "not an HTTP status") and its codes. */
export interface ClassGroup {
	id: StatusClass | 'none';
	label: string;
	codes: Code[];
}

/** Groups codes by class in class order, codes that are no HTTP status (0) last; empty groups dropped. */
export function groupByClass(codes: Code[]): ClassGroup[] {
	return [
		...CLASSES.map((cls) => ({ id: cls.id, label: cls.label, codes: codes.filter((c) => c.cls === cls.id) })),
		{ id: 'none' as const, label: 'Not an HTTP status', codes: codes.filter((c) => c.cls === null) },
	].filter((group) => group.codes.length > 0);
}
