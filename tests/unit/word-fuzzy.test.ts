import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js/basic';
import { FUSE_OPTIONS, mayMatch } from '../../src/lib/word-fuzzy';

const { keys, ...options } = FUSE_OPTIONS;

// mayMatch() drops the words Fuse cannot match before Fuse runs: it may keep too many, never too few.
describe('mayMatch', () => {
	const words = [
		'forbidden', 'forbiden', 'fobidden', 'gateway', 'getaway', 'timeout', 'unavailable', 'xyz', 'ab', 'ba',
		'café', 'cafe', 'größe', 'grosse', 'naïve', 'naive', 'façade', 'ñandú', 'σφάλμα', 'ошибка', 'ошибкa', 'zürich', 'e\u0301t\u00e9',
	];
	const patterns = ['forbiden', 'gatway', 'timout', 'unavailabel', 'ab', 'cafe', 'café', 'große', 'naive', 'σφαλμα', 'ошибка', 'zurich', 'été', 'qqqq'];

	it.each(patterns)('keeps every word Fuse matches for "%s"', (pattern) => {
		const fuse = new Fuse(words, { ...options, shouldSort: false });
		const matched = fuse.search(pattern).map((hit) => hit.item);
		const keep = mayMatch(pattern, options.threshold);
		for (const word of matched) expect(keep(word), `${pattern} ~ ${word}`).toBe(true);
	});

	it('drops words that lack the letters, in and out of ASCII', () => {
		expect(mayMatch('forbiden', options.threshold)('xyz')).toBe(false);
		expect(mayMatch('forbiden', options.threshold)('timeout')).toBe(false);
		expect(mayMatch('ошибка', options.threshold)('gateway')).toBe(false);
		expect(mayMatch('σφαλμα', options.threshold)('ошибка')).toBe(false);
		// Repeats count: the one `d` of a pattern cannot stand for six in a word.
		expect(mayMatch('dabcef', options.threshold)('dddddd')).toBe(false);
		expect(mayMatch('σαβγδε', options.threshold)('σσσσσσ')).toBe(false);
	});

	it('keeps words holding enough of the letters, counted with repeats', () => {
		expect(mayMatch('forbiden', options.threshold)('forbidden')).toBe(true);
		expect(mayMatch('ошибка', options.threshold)('ошибкa')).toBe(true);
		expect(mayMatch('größe', options.threshold)('grösse')).toBe(true);
	});
});
