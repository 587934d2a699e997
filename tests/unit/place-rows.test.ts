import { describe, expect, it } from 'vitest';
import { placeRows, type ListRow, type RowList } from '../../src/lib/place-rows';

/** A list of named rows with the few DOM members placeRows() uses; it counts every DOM write. */
class FakeList implements RowList<FakeRow> {
	items: FakeRow[] = [];
	writes = 0;
	constructor(names: string) {
		for (const name of names) this.items.push(new FakeRow(name, this));
	}
	get firstElementChild() {
		return this.items[0] ?? null;
	}
	get children() {
		return this.items;
	}
	insertBefore(row: FakeRow, before: FakeRow | null) {
		this.writes++;
		this.items = this.items.filter((r) => r !== row);
		const at = before ? this.items.indexOf(before) : this.items.length;
		if (at === -1) throw new Error('insertBefore: not a child');
		this.items.splice(at, 0, row);
		row.list = this;
	}
	removeChild(row: FakeRow) {
		this.writes++;
		const at = this.items.indexOf(row);
		if (at === -1) throw new Error('removeChild: not a child');
		this.items.splice(at, 1);
	}
	get names() {
		return this.items.map((r) => r.name).join('');
	}
	row(name: string): FakeRow {
		return this.items.find((r) => r.name === name) ?? new FakeRow(name);
	}
}
class FakeRow implements ListRow<FakeRow> {
	constructor(
		readonly name: string,
		public list?: FakeList,
	) {}
	get nextElementSibling(): FakeRow | null {
		const items = this.list?.items ?? [];
		const at = items.indexOf(this);
		return at === -1 ? null : (items[at + 1] ?? null);
	}
}

const rows = (list: FakeList, names: string) => [...names].map((n) => list.row(n));

describe('placeRows', () => {
	// [what it shows, the list before, the rows asked for, how many rows may be inserted or moved]
	it.each([
		['fills an empty list in order', '', 'abc', 3],
		['touches nothing when the rows are already in place', 'abc', 'abc', 0],
		['narrowing only removes: the rows that stay are not moved', 'abcde', 'ace', 0],
		['inserts a new row where it ranks, moving nothing else', 'ac', 'abc', 1],
		['moves one row to the top without moving the rest', 'abcd', 'dabc', 1],
		['reverses a list', 'abcd', 'dcba', 3],
		['replaces every row with new ones', 'abc', 'xy', 2],
	])('%s', (_, before, after, moved) => {
		const list = new FakeList(before);
		expect(placeRows(list, rows(list, after))).toBe(moved);
		expect(list.names).toBe(after);
		// Every write is a removal of a row not asked for, or one insertion counted above.
		expect(list.writes).toBe(moved + [...before].filter((name) => !after.includes(name)).length);
	});

	it('leaves the rows `keep` holds after the placed ones, and removes the others', () => {
		const list = new FakeList('abcde');
		const keep = new Set(rows(list, 'bde'));
		expect(placeRows(list, rows(list, 'e'), keep)).toBe(1);
		expect(list.names).toBe('ebd');
		// The later call that orders them all.
		placeRows(list, rows(list, 'bde'));
		expect(list.names).toBe('bde');
	});

	it('ends with exactly the given rows, in order, from any start (every order of 4 rows into every order of 3 of 5)', () => {
		const permutations = (s: string): string[] => (s.length <= 1 ? [s] : [...s].flatMap((c, i) => permutations(s.slice(0, i) + s.slice(i + 1)).map((p) => c + p)));
		for (const start of permutations('abcd')) {
			for (const target of ['eab', 'dca', 'bed', 'abc', 'e']) {
				const list = new FakeList(start);
				placeRows(list, rows(list, target));
				expect(list.names, `${start} → ${target}`).toBe(target);
			}
		}
	});
});
