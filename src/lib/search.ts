import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { classOf, CLASSES, MAX_QUERY_LENGTH, type StatusClass } from './site';

/** The smallest shape the search island needs for one code. */
export interface SearchRecord {
	code: number;
	name: string;
	aliases: string[];
	keywords: string[];
	/** Set when the number's main meaning is unofficial: who uses it. */
	vendor?: string;
	/** What its copy button copies: `522 Connection Timed Out (Cloudflare)`. */
	label: string;
}

export { MAX_QUERY_LENGTH };

/** Lower-cases, drops accents and apostrophes, and turns every other symbol into a space. */
export function normalise(text: string): string {
	return text
		.slice(0, MAX_QUERY_LENGTH * 4)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH);
}

interface Indexed {
	record: SearchRecord;
	/** Normalised name and aliases: what an exact or prefix query should hit first. */
	titles: string[];
	/** Normalised vendor, when unofficial: `cloudflare` should list Cloudflare's codes first. */
	vendor: string;
	keywords: string[];
}

const FUSE_OPTIONS: IFuseOptions<Indexed> = {
	keys: [
		{ name: 'titles', weight: 3 },
		{ name: 'vendor', weight: 2.5 },
		{ name: 'keywords', weight: 2 },
	],
	includeScore: true,
	ignoreLocation: true,
	threshold: 0.34,
	minMatchCharLength: 2,
};

/**
 * Tier of a text match: 0 exact title, 1 title prefix, 2 a word of the vendor (`cloudflare` lists
 * Cloudflare's codes first, but `ssl` puts SSL Certificate Error before 529, whose second vendor is
 * Qualys SSL Labs), 3 whole words of a title or keyword, 4 fuzzy.
 */
function tierOf(item: Indexed, query: string): number {
	if (item.titles.includes(query)) return 0;
	const padded = ` ${query} `;
	if (item.titles.some((title) => title.startsWith(query))) return 1;
	if (` ${item.vendor} `.includes(padded)) return 2;
	if ([...item.titles, ...item.keywords].some((text) => ` ${text} `.includes(padded))) return 3;
	return 4;
}

/** A search over a fixed set of records: build once, query on every keystroke. */
export interface Searcher {
	/** Every record that matches `query`, best first; all records, in order, for a blank query. */
	search(query: string): SearchRecord[];
}

/** Builds the Fuse index and the ranking rules over `records`. */
export function createSearcher(records: SearchRecord[]): Searcher {
	const items: Indexed[] = records
		.toSorted((a, b) => a.code - b.code)
		.map((record) => ({
			record,
			titles: [record.name, ...record.aliases].map(normalise),
			vendor: normalise(record.vendor ?? ''),
			keywords: record.keywords.map(normalise),
		}));
	const fuse = new Fuse(items, FUSE_OPTIONS);

	function fuzzy(text: string, pool: Set<Indexed>): Map<Indexed, number> {
		const scores = new Map<Indexed, number>();
		if (text.length < 2) {
			// One letter is too little to be fuzzy about: words that start with it, in code order.
			for (const item of pool) {
				if ([...item.titles, item.vendor, ...item.keywords].some((t) => ` ${t}`.includes(` ${text}`))) scores.set(item, 0.5);
			}
			return scores;
		}
		for (const hit of fuse.search(text)) {
			if (pool.has(hit.item)) scores.set(hit.item, hit.score ?? 1);
		}
		return scores;
	}

	/** Full-phrase match first; if the phrase as a whole matches nothing, every word must match. */
	function matchWords(words: string[], pool: Set<Indexed>): Map<Indexed, number> {
		const phrase = fuzzy(words.join(' '), pool);
		if (phrase.size > 0 || words.length < 2) return phrase;
		let combined: Map<Indexed, number> | undefined;
		for (const word of words) {
			const scores = fuzzy(word, pool);
			combined = combined
				? new Map([...combined].filter(([item]) => scores.has(item)).map(([item, s]) => [item, s + scores.get(item)!]))
				: scores;
		}
		return new Map([...(combined ?? [])].map(([item, s]) => [item, 0.5 + s / words.length]));
	}

	let last: { query: string; results: SearchRecord[] } | undefined;

	function run(query: string): SearchRecord[] {
		const tokens = normalise(query).split(' ').filter(Boolean);
		if (tokens.length === 0) {
			// Whitespace is no query; symbols alone (`((((`, an emoji) are a query that matches nothing.
			return query.trim() === '' ? items.map((i) => i.record) : [];
		}
		const codeTokens = tokens.filter((t) => /^\d{1,3}$/.test(t));
		const classTokens = tokens.filter((t) => /^\dxx$/.test(t));
		const words = tokens.filter((t) => !codeTokens.includes(t) && !classTokens.includes(t));
		const pool = items.filter((item) => {
			if (!codeTokens.length && !classTokens.length) return true;
			const code = String(item.record.code);
			return codeTokens.some((t) => code.startsWith(t)) || classTokens.includes(classOf(item.record.code) ?? '');
		});
		// Only numbers and classes: numeric order, so `50` lists 500, 501, 502, …
		if (words.length === 0) return pool.map((i) => i.record);
		const text = words.join(' ');
		return [...matchWords(words, new Set(pool))]
			.map(([item, score]) => ({ item, score, tier: tierOf(item, text) }))
			.sort((a, b) => a.tier - b.tier || a.score - b.score || a.item.record.code - b.item.record.code)
			.map(({ item }) => item.record);
	}

	return {
		search(query) {
			if (last?.query !== query) last = { query, results: run(query) };
			return last.results;
		},
	};
}

/** Keeps the records of the given classes (all when none is given), and only official ones if asked. */
export function filterClasses(
	records: SearchRecord[],
	classes: ReadonlySet<StatusClass>,
	officialOnly = false,
): SearchRecord[] {
	return records.filter(
		(r) => (!classes.size || classes.has(classOf(r.code) as StatusClass)) && !(officialOnly && r.vendor),
	);
}

/** Returns how many records of each class are in `records`. */
export function countByClass(records: { code: number }[]): Record<StatusClass, number> {
	const counts = Object.fromEntries(CLASSES.map((c) => [c.id, 0])) as Record<StatusClass, number>;
	for (const record of records) {
		const cls = classOf(record.code);
		if (cls) counts[cls]++;
	}
	return counts;
}
