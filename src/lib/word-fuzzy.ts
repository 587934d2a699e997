import type Fuse from 'fuse.js/basic';
import type { IFuseOptions } from 'fuse.js/basic';

/** The Fuse constructor, passed in so the island can load fuse.js only when a typo needs it. */
export type FuseClass = typeof Fuse;

/** What fuzzy matching reads of a record: the words of its titles, and all its words. */
export interface Worded {
	titleWordList: string[];
	words: string[];
}

/** Fuzzy matching compares a query word with whole words, never with substrings of a keyword list. */
export const FUSE_OPTIONS = {
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
} satisfies IFuseOptions<Worded>;

/** One fuzzy hit: the record and Fuse's score for it (0 is exact, lower is better). */
export interface FuzzyHit<T> {
	item: T;
	score: number;
}

export interface WordFuzzy<T> {
	/** Exactly what `new Fuse(part, FUSE_OPTIONS).search(word)` returns: the same records, scores and order. */
	search(word: string, part: readonly T[]): FuzzyHit<T>[];
	/** Collects the distinct words ahead of need (at idle), so the first typo does not pay for it. */
	prepare(): void;
}

/**
 * Fuzzy search by word. A Fuse search over the records compares the query word with every word
 * of every record, about 14,000 comparisons over this site's 320 records, most of them the same
 * few thousand words again. Here Fuse compares the query with each distinct word once, and only
 * with the words that hold enough of its letters to be a match at all (mayMatch()); each
 * record's score is then put together from its words' scores the way Fuse does it (computeScore
 * in fuse.js 7.0.0: the product of every matching element's score raised to its key's weight,
 * elements in index order, which is the array reversed, exact 0 counted as Number.EPSILON), so
 * scores are equal to the last bit, and ties keep collection order as Fuse's
 * sort does. tests/unit/json-api.test.ts holds both to each other on the built index, word for word.
 */
export function createWordFuzzy<T extends Worded>(FuseImpl: FuseClass, records: readonly T[]): WordFuzzy<T> {
	const { keys, ...options } = FUSE_OPTIONS;
	// The weights as given: Fuse normalises its KeyStore's copy, but scores with the index's keys,
	// which keep them (fuse.js 7.0.0); tests/unit/json-api.test.ts holds this to Fuse's own numbers.
	const [titleWeight, wordWeight] = keys.map((key) => key.weight);
	let vocabulary: string[] | undefined;
	const words = () => (vocabulary ??= [...new Set(records.flatMap((r) => [...r.titleWordList, ...r.words]))]);
	// The last query word's scores: a query of several words asks for each word twice (codes, then entries).
	let last: { word: string; scores: Map<string, number> } | undefined;
	const scoresOf = (word: string) => {
		if (last?.word !== word) {
			const scores = new Map<string, number>();
			const candidates = words().filter(mayMatch(word.toLowerCase(), options.threshold));
			const fuse = new FuseImpl(candidates, { ...options, shouldSort: false });
			for (const hit of fuse.search(word)) scores.set(hit.item as unknown as string, hit.score!);
			last = { word, scores };
		}
		return last.scores;
	};
	const combine = (words: string[], scores: Map<string, number>, weight: number, start: number): [number, boolean] => {
		let score = start;
		let matched = false;
		for (let i = words.length - 1; i >= 0; i--) {
			const s = scores.get(words[i]);
			if (s === undefined) continue;
			matched = true;
			score *= Math.pow(s === 0 ? Number.EPSILON : s, weight);
		}
		return [score, matched];
	};
	return {
		prepare: () => void words(),
		search(word, part) {
			const scores = scoresOf(word);
			const hits: FuzzyHit<T>[] = [];
			for (const item of part) {
				const [afterTitles, inTitles] = combine(item.titleWordList, scores, titleWeight, 1);
				const [score, inWords] = combine(item.words, scores, wordWeight, afterTitles);
				if (inTitles || inWords) hits.push({ item, score });
			}
			// Stable: equal scores keep collection order, as Fuse's own sort (score, then index) does.
			return hits.sort((a, b) => a.score - b.score);
		},
	};
}

/**
 * Whether Fuse's Bitap could match `pattern` somewhere in a word, a necessary condition only: a
 * match with e errors (edits) keeps at least pattern.length - e of the pattern's letters, so the
 * word must hold that many of them, counted with repeats. Fuse allows the largest e with
 * e / pattern.length <= threshold (ignoreLocation). Words that fail cannot be hits, so leaving
 * them out changes nothing, and most of the 1,700 words fail for any one pattern.
 */
export function mayMatch(pattern: string, threshold: number): (word: string) => boolean {
	let errors = 0;
	while ((errors + 1) / pattern.length <= threshold) errors++;
	const need = pattern.length - errors;
	// UTF-16 units throughout, as Fuse counts pattern.length. ASCII letters are counted in an array
	// (copied per word, no Map to allocate), any other unit in a Map, copied only if there is one.
	const ascii = new Int16Array(128);
	const other = new Map<string, number>();
	for (let i = 0; i < pattern.length; i++) {
		const code = pattern.charCodeAt(i);
		if (code < 128) ascii[code]++;
		else other.set(pattern[i], (other.get(pattern[i]) ?? 0) + 1);
	}
	const left = new Int16Array(128);
	return (word) => {
		if (word.length < need) return false;
		left.set(ascii);
		const rest = other.size ? new Map(other) : undefined;
		let kept = 0;
		const text = word.toLowerCase();
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code < 128) {
				if (left[code] === 0) continue;
				left[code]--;
			} else {
				const n = rest?.get(text[i]);
				if (!n) continue;
				rest!.set(text[i], n - 1);
			}
			if (++kept >= need) return true;
		}
		return false;
	};
}
