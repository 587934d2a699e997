import { createWordFuzzy, type FuseClass } from './word-fuzzy';
import { classOf, CLASSES, MAX_QUERY_LENGTH, type StatusClass } from './site';
import { grpcToken } from './grpc-token';

/** The smallest shape the search island needs for one code or one platform entry. */
export interface SearchRecord {
	/** The status code; for a platform entry, the HTTP status it travels with (0 for none). */
	code: number;
	/** Unique: the code (`'404'`) or the entry's `<vendor>/<slug>` (`'iis/500.19'`). */
	key: string;
	/** Set for platform entries: the identifier as logs show it (`500.19`, `H12`, `UF`). */
	id?: string;
	name: string;
	aliases: string[];
	keywords: string[];
	/** Set when the number's main meaning is unofficial: who uses it. */
	vendor?: string;
	/** What its copy button copies: `522 Connection Timed Out (Cloudflare)`. */
	label: string;
	/** The one-line meaning the row shows. */
	short?: string;
	/** Further meanings of the number, as the row shows them: `also Esri: Token Required`. */
	also?: string;
	/** Its page. */
	href: string;
}

export type { FuseClass };

/** Lower-cases and collapses whitespace: how an identifier or a pasted alias is compared whole. */
export function ident(text: string): string {
	return text.slice(0, MAX_QUERY_LENGTH * 4).trim().toLowerCase().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
}

/**
 * Whether an identifier is distinctive enough to be picked out of a longer paste by one token:
 * `500.19`, `0x8007000d`, `H12`, `UF`, `sC` and `ERR_…` are; an entry named by a plain word
 * (CloudFront's `Error`) is not, or every "error" in a log line would hit it. It is still found
 * when the query is that word alone, or by its name and keywords.
 */
function tokenable(id: string): boolean {
	return /[\d_.:-]/.test(id) || (/^[A-Za-z]{2,5}$/.test(id) && !/^[A-Z]?[a-z]+$/.test(id));
}

/** Punctuation a pasted token carries around an identifier: `(500.19)`, `"H12",`, `code=H12`. */
const WRAPPING = /^(?:[\w-]+=)?["'(\[{<]*|["')\]}>,;:.!?]*$/g;

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

export interface Indexed {
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
	/** The identifier (entries) or number (codes), lower-cased, as a whole token must equal it. */
	id: string;
	/** Whether a single token of a longer query may hit the identifier: see tokenable(). */
	tokenable: boolean;
	/** The identifier and aliases as a whole query must equal them: `(canceled)`, `status 0`. */
	idents: string[];
	/** A platform entry rather than a code: never listed for a bare number or a blank query. */
	entry: boolean;
}

/** How many precise tiers there are (0–3): an entry's weaker tiers are moved past all of them. */
const PRECISE_TIERS = 4;

/** Shortest query word that fuzzy matching may correct; shorter ones must match exactly. */
const MIN_FUZZY_LENGTH = 4;

/**
 * Precise tier of an item, or undefined when it does not match precisely: 0 exact title, 1 title
 * prefix, 2 the query is a word run of the vendor (`cloudflare`), 3 every query word is a whole word
 * of the item, the last one also as the start of a word (`gate` while typing `gateway`).
 */
export function preciseTier(item: Indexed, query: string, words: string[]): number | undefined {
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

/**
 * The records as the ranking reads them: sorted by code (codes before entries), each with its
 * normalised titles, words and identifiers, computed once.
 */
export function indexRecords(records: SearchRecord[]): Indexed[] {
	// An entry whose identifier is a code's number (ALB's own `503`) must not outrank that code.
	const codeNumbers = new Set(records.filter((r) => r.id === undefined).map((r) => String(r.code)));
	return records
		.toSorted((a, b) => a.code - b.code || Number(a.id !== undefined) - Number(b.id !== undefined))
		.map((record) => {
			const entry = record.id !== undefined;
			const id = record.id ?? String(record.code);
			const titles = [record.name, ...(entry ? [id] : []), ...record.aliases].map(normalise);
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
				id: ident(id),
				tokenable: entry && tokenable(id) && !codeNumbers.has(id),
				idents: [...(entry && codeNumbers.has(id) ? [] : [id]), ...record.aliases].map(ident),
				entry,
			};
		});
}

/** Items by each key `keysOf` gives them (a key counted once per item); each list keeps the items' order. */
function indexBy(items: Indexed[], keysOf: (item: Indexed) => Iterable<string>): Map<string, Indexed[]> {
	const map = new Map<string, Indexed[]>();
	for (const item of items) {
		for (const key of new Set(keysOf(item))) {
			const list = map.get(key);
			if (list) list.push(item);
			else map.set(key, [item]);
		}
	}
	return map;
}

/**
 * The items of `items` that can match `words` precisely, or carry the gRPC token: a superset
 * found through a word index instead of a pass over every item's words on every keystroke. Every
 * tier of preciseTier() needs each query word but the last as a whole word of the item, and the
 * last as the start of one (an exact title, a title's start, the vendor's name and whole words
 * all imply it); tests/unit/json-api.test.ts holds the two to each other on the built index.
 */
export function createPreciseCandidates(items: Indexed[]): (words: string[], grpc: string) => Set<Indexed> {
	const byWord = indexBy(items, (item) => item.words);
	const wordSets = new Map(items.map((item) => [item, new Set(item.words)]));
	const vocabulary = [...byWord.keys()];
	// Typing extends the last word, so the words it starts are found among the previous key's.
	let starts = { last: '', words: vocabulary };
	return (words, grpc) => {
		const last = words.at(-1) ?? '';
		const whole = words.slice(0, -1);
		let found: Set<Indexed>;
		if (whole.length) {
			// From the rarest whole word's items, keep those with the others whole and one starting with the last.
			const base = whole.map((word) => byWord.get(word) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
			found = new Set(base.filter((item) => whole.every((word) => wordSets.get(item)!.has(word)) && item.words.some((word) => word.startsWith(last))));
		} else {
			const from = last.startsWith(starts.last) ? starts.words : vocabulary;
			starts = { last, words: from.filter((word) => word.startsWith(last)) };
			found = new Set(starts.words.flatMap((word) => byWord.get(word)!));
		}
		for (const item of byWord.get(grpc) ?? []) found.add(item);
		return found;
	};
}

/** A search over a fixed set of records: build once, query on every keystroke. */
export interface Searcher {
	/** Every record that matches `query`, best first; all records, in order, for a blank query. */
	search(query: string): SearchRecord[];
	/** Builds the fuzzy word index ahead of need (the island calls it at idle), so the first typo does not pay for it. */
	prepare(): void;
}

/**
 * Builds the ranking over `records`. Exact and whole-word matches come first and, when there are
 * any, alone: fuzzy matching only rescues typos (`gatway timout`, `forbiden`, `unauthorised`) when
 * nothing matches precisely, and then every query word must match some word of the code.
 */
export function createSearcher(records: SearchRecord[], FuseImpl?: FuseClass): Searcher {
	const items = indexRecords(records);
	// The codes and the entries are matched apart (codes first), as two collections.
	const parts = new Map([false, true].map((entry) => [entry, items.filter((i) => i.entry === entry)]));
	const wordFuzzy = FuseImpl ? createWordFuzzy(FuseImpl, items) : undefined;

	/** Items of `pool` (all codes or all entries) whose words match every query word fuzzily, with the sum of their scores (lower is better). */
	function fuzzy(words: string[], pool: Set<Indexed>, entries: boolean): Map<Indexed, number> {
		let combined: Map<Indexed, number> | undefined;
		for (const word of words) {
			const scores = new Map<Indexed, number>();
			if (word.length < MIN_FUZZY_LENGTH) {
				for (const item of pool) if (item.words.includes(word)) scores.set(item, 0);
			} else {
				for (const hit of wordFuzzy?.search(word, parts.get(entries)!) ?? []) if (pool.has(hit.item)) scores.set(hit.item, hit.score);
			}
			combined = combined
				? new Map([...combined].filter(([item]) => scores.has(item)).map(([item, s]) => [item, s + scores.get(item)!]))
				: scores;
		}
		return combined ?? new Map();
	}

	let last: { query: string; results: SearchRecord[] } | undefined;

	// Identifier lookups by map, not by a pass over every item on every keystroke; lists keep the items' order.
	const order = new Map(items.map((item, i) => [item, i]));
	const byIdent = indexBy(items, (item) => item.idents);
	const byTokenId = indexBy(items, (item) => (item.entry && item.tokenable ? [item.id] : []));
	const preciseCandidates = createPreciseCandidates(items);

	/**
	 * Identifier matches, which beat everything else: the whole query equal to an identifier or a
	 * pasted alias (`(canceled)`, `status 0`, `HTTP Error 500.19`), identifiers before aliases; then
	 * any token of the query equal to an identifier (`code=H12` in a Heroku log line), the longest
	 * first; then, for `500.` or `500.1` typed on the way to `500.19`, the IIS sub-statuses so far.
	 */
	function identified(query: string): { hits: Indexed[]; only: boolean } {
		const whole = ident(query);
		const exact = (byIdent.get(whole) ?? []).toSorted((a, b) => Number(a.id !== whole) - Number(b.id !== whole));
		// DevTools writes `net::ERR_…`; the catalogue may name it either way.
		const tokens = new Set(
			whole.split(' ').flatMap((t) => {
				const bare = t.replace(WRAPPING, '');
				return bare ? [bare, bare.replace(/^net::/, '')] : [];
			}),
		);
		const byToken = [...tokens]
			.flatMap((token) => byTokenId.get(token) ?? [])
			.filter((i) => !exact.includes(i))
			.sort((a, b) => b.id.length - a.id.length || order.get(a)! - order.get(b)!);
		const sub = /^\d{3}\.[\d.]*$/.test(whole);
		const prefix = sub ? items.filter((i) => i.entry && i.id.startsWith(whole) && !exact.includes(i)) : [];
		return { hits: [...exact, ...byToken, ...prefix], only: sub };
	}

	function run(query: string): SearchRecord[] {
		const tokens = normalise(query).split(' ').filter(Boolean);
		if (tokens.length === 0) {
			// Whitespace is no query; symbols alone (`((((`, an emoji) are a query that matches nothing.
			return query.trim() === '' ? items.filter((i) => !i.entry).map((i) => i.record) : [];
		}
		const { hits, only } = identified(query);
		if (only) return (hits.length ? hits : items.filter((i) => !i.entry && i.id === tokens[0])).map((i) => i.record);
		const rest = ranked(tokens).filter((record) => !hits.some((hit) => hit.record === record));
		return [...hits.map((i) => i.record), ...rest];
	}

	/** The ranking for a query that is not (only) an identifier: numbers, classes and words. */
	function ranked(tokens: string[]): SearchRecord[] {
		const codeTokens = tokens.filter((t) => /^\d{1,3}$/.test(t));
		// gRPC names and `grpc-status <n>` are keywords of one token each (grpcToken() in src/lib/grpc-token.ts),
		// so `RESOURCE_EXHAUSTED` matches whole, and its words never match an ordinary query.
		const grpc = grpcToken(tokens);
		// `5x`, on the way to `5xx`, already means the class, so the list does not blink to "No codes match".
		const classWords = tokens.filter((t) => /^\dxx?$/.test(t));
		const classTokens = classWords.map((t) => `${t[0]}xx`);
		const words = tokens.filter((t) => !codeTokens.includes(t) && !classWords.includes(t));
		const pool = items.filter((item) => {
			// A bare number or class lists codes; entries join only when words say which (`503 h12`).
			if (item.entry && words.length === 0) return false;
			if ((!codeTokens.length && !classTokens.length) || item.words.includes(grpc)) return true;
			const code = String(item.record.code);
			return codeTokens.some((t) => code.startsWith(t)) || classTokens.includes(classOf(item.record.code) ?? '');
		});
		// Only numbers and classes: numeric order, so `50` lists 500, 501, 502, …
		if (words.length === 0) return pool.map((i) => i.record);
		const text = words.join(' ');
		const candidates = preciseCandidates(words, grpc);
		const precise = pool.flatMap((item) => {
			if (!candidates.has(item)) return [];
			const tier = item.words.includes(grpc) ? Math.min(preciseTier(item, text, words) ?? 0.5, 0.5) : preciseTier(item, text, words);
			if (tier === undefined) return [];
			if (!item.entry) return [{ item, key: [tier, ...rankKey(item, words)] }];
			// A platform entry is one platform's word for a failure: it ranks with the codes when the
			// query is its very name (`no healthy upstream`), after every code when it only starts
			// with the query or the query names its platform, and not at all for words it merely
			// shares (`not found` must not list every IIS 404.x).
			if (tier === 3 && !words.some((w) => ` ${item.vendor} `.includes(` ${w} `))) return [];
			return [{ item, key: [tier === 0 ? 0 : tier + PRECISE_TIERS, ...rankKey(item, words)] }];
		});
		if (precise.length) return byKey(precise);
		// Typos: the codes first; the entries only when no code comes close.
		const codes = new Set(pool.filter((item) => !item.entry));
		const close = fuzzy(words, codes, false);
		const hits = close.size ? close : fuzzy(words, new Set(pool.filter((item) => item.entry)), true);
		return byKey([...hits].map(([item, score]) => ({ item, key: [score, ...rankKey(item, words)] })));
	}

	return {
		search(query) {
			if (last?.query !== query) last = { query, results: run(query) };
			return last.results;
		},
		prepare() {
			wordFuzzy?.prepare();
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
