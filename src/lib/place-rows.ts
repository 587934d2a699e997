/** The part of the DOM placeRows() uses, so its logic is tested without a browser. */
export interface RowList<Row> {
	readonly firstElementChild: Row | null;
	readonly children: ArrayLike<Row>;
	insertBefore(row: Row, before: Row | null): unknown;
	removeChild(row: Row): unknown;
}
export interface ListRow<Row> {
	readonly nextElementSibling: Row | null;
}

/**
 * Makes `rows` the first children of `list`, in order, touching only what changed: a row that
 * stays where it is is neither removed nor re-inserted, so the browser keeps its layout (moving a
 * row rebuilds its boxes, which is what a keystroke's frame paid for). Children that are not in
 * `rows` are removed unless `keep` holds them; those stay after the placed rows, for a later call
 * to order. Returns how many rows were inserted or moved.
 */
export function placeRows<Row extends ListRow<Row>>(list: RowList<Row>, rows: readonly Row[], keep: ReadonlySet<Row> = new Set(rows)): number {
	for (const child of Array.from(list.children)) if (!keep.has(child)) list.removeChild(child);
	let at = list.firstElementChild;
	let moved = 0;
	for (const row of rows) {
		if (row === at) at = at.nextElementSibling;
		else {
			list.insertBefore(row, at);
			moved++;
		}
	}
	return moved;
}
