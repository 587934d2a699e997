import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { classOf, CLASSES, MAX_QUERY_LENGTH, type StatusClass } from './site';
import { grpcToken } from './grpc-token';

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

/**
 * Lower-cases, drops accents and apostrophes, turns every other symbol into a space, and folds
 * British -ise/-isation spellings into -ize/-ization (`unauthorised`, `authorisation`). Queries and
 * the index go through the same folding, so a word that merely ends in -ise still matches itself.
 */
export function normalise(text: string): string {
	return text
		.slice(0, MAX_QUERY_LENGTH * 4)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.replace(/(\p{L}{3})is(ation|ations|e|ed|es|ing)(?=\s|$)/gu, '$1iz$2')
		.trim()
		.slice(0, MAX_QUERY_LENGTH);
}

interface Indexed {
	record: SearchRecord;
	/** Normalised name and aliases: what an exact or prefix query should hit first. */
	titles: string[];
	/** Normalised vendor, when unofficial: `cloudflare` should list Cloudflare's codes first. */
	vendor: string;
	/** Every whole word of the titles, the vendor and the keywords, once each. */
	words: string[];
	/** The words of the titles alone: a hit there counts for more than one in a keyword. */
	titleWords: Set<string>;
	/** The same words as a list, for fuzzy matching. */
	titleWordList: string[];
	/** Normalised keywords, in the order the content file lists them (most telling first). */
	keywords: string[];
}

/** Fuzzy matching compares a query word with whole words, never with substrings of a keyword list. */
const FUSE_OPTIONS: IFuseOptions<Indexed> = {
	// A typo of a word of the name (`not fond`) beats the same typo of a keyword.
	keys: [
		{ name: 'titleWordList', weight: 3 },
		{ name: 'words', weight: 1 },
	],
	includeScore: true,
	ignoreLocation: true,
	// A code with many keywords must not score better or worse for it.
	ignoreFieldNorm: true,
	threshold: 0.34,
	minMatchCharLength: 2,
};

/** Shortest query word that fuzzy matching may correct; shorter ones must match exactly. */
const MIN_FUZZY_LENGTH = 4;

/**
 * Precise tier of an item, or undefined when it does not match precisely: 0 exact title, 1 title
 * prefix, 2 the query is a word run of the vendor (`cloudflare`), 3 every query word is a whole word
 * of the item, the last one also as the start of a word (`gate` while typing `gateway`).
 */
function preciseTier(item: Indexed, query: string, words: string[]): number | undefined {
	if (item.titles.includes(query)) return 0;
	if (item.titles.some((title) => title.startsWith(query))) return 1;
	if (item.vendor && ` ${item.vendor} `.includes(` ${query} `)) return 2;
	const last = words.length - 1;
	const hit = (word: string, i: number) =>
		item.words.some((w) => w === word || (i === last && word.length >= 2 && w.startsWith(word)));
	return words.every(hit) ? 3 : undefined;
}

/**
 * The sort key of an item within its tier, computed once per item and query, smaller first: more
 * query words matched exactly (not only as a prefix), the query as a keyword or a phrase of its
 * own, a registered code before a vendor's, more query words in the name, the matching keyword
 * listed earlier (a file lists its most telling keywords first), then the lower code.
 */
function rankKey(item: Indexed, words: string[]): number[] {
	const phrase = words.join(' ');
	// 2 when a keyword is the query itself (`token expired`), 1 when one contains it as a phrase.
	const phraseHit = item.keywords.includes(phrase)
		? 2
		: [...item.titles, ...item.keywords].some((k) => ` ${k} `.includes(` ${phrase} `))
			? 1
			: 0;
	const at = item.keywords.findIndex((k) => words.some((w) => ` ${k} `.includes(` ${w} `)));
	return [
		-words.filter((w) => item.words.includes(w)).length,
		-phraseHit,
		item.record.vendor ? 1 : 0,
		-words.filter((w) => item.titleWords.has(w)).length,
		at === -1 ? item.keywords.length : at,
		item.record.code,
	];
}

/** Returns the records of `hits` ordered by their keys, compared element by element. */
function byKey(hits: { item: Indexed; key: number[] }[]): SearchRecord[] {
	const compare = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - b[i], 0);
	return hits.sort((a, b) => compare(a.key, b.key)).map(({ item }) => item.record);
}

/** A search over a fixed set of records: build once, query on every keystroke. */
export interface Searcher {
	/** Every record that matches `query`, best first; all records, in order, for a blank query. */
	search(query: string): SearchRecord[];
}

/**
 * Builds the ranking over `records`. Exact and whole-word matches come first and, when there are
 * any, alone: fuzzy matching only rescues typos (`gatway timout`, `forbiden`, `unauthorised`) when
 * nothing matches precisely, and then every query word must match some word of the code.
 */
export function createSearcher(records: SearchRecord[]): Searcher {
	const items: Indexed[] = records
		.toSorted((a, b) => a.code - b.code)
		.map((record) => {
			const titles = [record.name, ...record.aliases].map(normalise);
			const vendor = normalise(record.vendor ?? '');
			const split = (texts: string[]) => texts.flatMap((t) => t.split(' ')).filter(Boolean);
			return {
				record,
				titles,
				vendor,
				words: [...new Set(split([...titles, vendor, ...record.keywords.map(normalise)]))],
				titleWords: new Set(split(titles)),
				titleWordList: [...new Set(split(titles))],
				keywords: record.keywords.map(normalise),
			};
		});
	const fuse = new Fuse(items, FUSE_OPTIONS);

	/** Items whose words match every query word fuzzily, with the sum of their scores (lower is better). */
	function fuzzy(words: string[], pool: Set<Indexed>): Map<Indexed, number> {
		let combined: Map<Indexed, number> | undefined;
		for (const word of words) {
			const scores = new Map<Indexed, number>();
			if (word.length < MIN_FUZZY_LENGTH) {
				for (const item of pool) if (item.words.includes(word)) scores.set(item, 0);
			} else {
				for (const hit of fuse.search(word)) if (pool.has(hit.item)) scores.set(hit.item, hit.score ?? 1);
			}
			combined = combined
				? new Map([...combined].filter(([item]) => scores.has(item)).map(([item, s]) => [item, s + scores.get(item)!]))
				: scores;
		}
		return combined ?? new Map();
	}

	let last: { query: string; results: SearchRecord[] } | undefined;

	function run(query: string): SearchRecord[] {
		const tokens = normalise(query).split(' ').filter(Boolean);
		if (tokens.length === 0) {
			// Whitespace is no query; symbols alone (`((((`, an emoji) are a query that matches nothing.
			return query.trim() === '' ? items.map((i) => i.record) : [];
		}
		const codeTokens = tokens.filter((t) => /^\d{1,3}$/.test(t));
		// gRPC names and `grpc-status <n>` are keywords of one token each (grpcToken() in src/lib/grpc-token.ts),
		// so `RESOURCE_EXHAUSTED` matches whole, and its words never match an ordinary query.
		const grpc = grpcToken(tokens);
		const classTokens = tokens.filter((t) => /^\dxx$/.test(t));
		const words = tokens.filter((t) => !codeTokens.includes(t) && !classTokens.includes(t));
		const pool = items.filter((item) => {
			if ((!codeTokens.length && !classTokens.length) || item.words.includes(grpc)) return true;
			const code = String(item.record.code);
			return codeTokens.some((t) => code.startsWith(t)) || classTokens.includes(classOf(item.record.code) ?? '');
		});
		// Only numbers and classes: numeric order, so `50` lists 500, 501, 502, …
		if (words.length === 0) return pool.map((i) => i.record);
		const text = words.join(' ');
		const precise = pool.flatMap((item) => {
			const tier = item.words.includes(grpc) ? Math.min(preciseTier(item, text, words) ?? 0.5, 0.5) : preciseTier(item, text, words);
			return tier === undefined ? [] : [{ item, key: [tier, ...rankKey(item, words)] }];
		});
		if (precise.length) return byKey(precise);
		return byKey([...fuzzy(words, new Set(pool))].map(([item, score]) => ({ item, key: [score, ...rankKey(item, words)] })));
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
