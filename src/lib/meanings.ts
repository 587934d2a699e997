import type { CodeData } from './schema';
import { labelOf } from './site';

/** One meaning of a number as the pages show it: the registered one or a vendor's. */
export interface Meaning {
	name: string;
	/** Who uses it; absent for the registered meaning. */
	vendor?: string;
	summary: string;
	/** Completes "You are probably seeing this if …" (unofficial meanings only). */
	seeing?: string;
	/** The spec section, or the vendor's own documentation. */
	link: { title: string; url: string };
	official: boolean;
	verified: boolean;
	label: string;
}

/** Returns every meaning of a code: the file's main meaning first, then its other (unofficial) ones. */
export function meaningsOf(data: CodeData): Meaning[] {
	const official = data.status !== 'unofficial';
	const main: Meaning = {
		name: data.name,
		vendor: official ? undefined : data.vendor,
		summary: data.summary,
		seeing: data.seeing,
		link: (official ? data.spec : data.source)!,
		official,
		verified: data.verified,
		label: labelOf(data.code, data.name, official ? undefined : data.vendor),
	};
	const others = data.unofficial.map((m) => ({
		name: m.name,
		vendor: m.vendor,
		summary: m.summary,
		seeing: m.seeing,
		link: m.source,
		official: false,
		verified: m.verified,
		label: labelOf(data.code, m.name, m.vendor),
	}));
	return [main, ...others];
}
