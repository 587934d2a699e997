import { BEHAVIOURS, type BehaviourId, type ClientCell, type ClientData } from './client-schema';

/**
 * The client matrix, pure: clients sorted, one row per behaviour, and whether the clients disagree,
 * computed from normalised values so no content file types a "disagree" flag.
 */

/** One client with its file name as id (`requests`). */
export interface Client extends ClientData {
	id: string;
}

export type Behaviour = (typeof BEHAVIOURS)[number];

/** A cell with the client it belongs to and its normalised value. */
export interface MatrixCell extends ClientCell {
	client: Client;
	/** `yes`, `get`, `dropped`: the value up to its first `(`, `;`, `,` or `:`, lower case. */
	norm: string;
}

/** One behaviour across every client: a cell per client (undefined where none was researched). */
export interface BehaviourRow {
	behaviour: Behaviour;
	cells: (MatrixCell | undefined)[];
	/** True when two applicable cells normalise to different values. */
	disagree: boolean;
	/** Cells with the same value together, most common value first. */
	groups: { value: string; cells: MatrixCell[] }[];
}

/** Returns the comparable core of a value: `Yes (20 hops)` → `yes`, `GET on 302; kept on 301` → `get on 302`. */
export function normaliseValue(value: string): string {
	return value.toLowerCase().split(/[(;,:]/)[0].replace(/\s+/g, ' ').trim();
}

/** True for `n/a …` values: the behaviour does not apply to the client and takes no side. */
export function isNotApplicable(norm: string): boolean {
	return norm === 'n/a';
}

/** Returns whether the applicable cells hold more than one normalised value. */
export function disagrees(cells: readonly { norm: string }[]): boolean {
	return new Set(cells.map((c) => c.norm).filter((n) => !isNotApplicable(n))).size > 1;
}

/** Returns the clients from their entries, in matrix order. */
export function toClients(entries: { id: string; data: ClientData }[]): Client[] {
	return entries.map((e) => ({ id: e.id, ...e.data })).toSorted((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** Groups the cells of a row by their value, the most common first, `n/a` last. */
function groupCells(cells: MatrixCell[]): BehaviourRow['groups'] {
	const groups = new Map<string, MatrixCell[]>();
	for (const cell of cells) groups.set(cell.value, [...(groups.get(cell.value) ?? []), cell]);
	const rank = (value: string, size: number) => (isNotApplicable(normaliseValue(value)) ? 1000 : 0) - size;
	return [...groups]
		.map(([value, grouped]) => ({ value, cells: grouped }))
		.toSorted((a, b) => rank(a.value, a.cells.length) - rank(b.value, b.cells.length));
}

/** Returns one row per behaviour over `clients`, in BEHAVIOURS order. */
export function behaviourRows(clients: Client[]): BehaviourRow[] {
	return BEHAVIOURS.map((behaviour) => {
		const cells = clients.map((client) => {
			const cell = client.cells[behaviour.id as BehaviourId];
			return cell && { ...cell, client, norm: normaliseValue(cell.value) };
		});
		const present = cells.filter((c): c is MatrixCell => c !== undefined);
		return { behaviour, cells, disagree: disagrees(present), groups: groupCells(present) };
	});
}

/** Returns the rows whose behaviour concerns `code` (an empty list for most codes). */
export function rowsForCode(code: number, clients: Client[]): BehaviourRow[] {
	return behaviourRows(clients).filter((row) => (row.behaviour.codes as readonly number[]).includes(code));
}

/** How long a verified date stays good: a cell older than this must be read again at its source. */
export const MAX_CELL_AGE_MONTHS = 12;

/** Returns `client/behaviour` for every cell verified more than MAX_CELL_AGE_MONTHS before `today`, or after it. */
export function staleCells(clients: Client[], today: string): string[] {
	const limit = new Date(`${today}T00:00:00Z`);
	limit.setUTCMonth(limit.getUTCMonth() - MAX_CELL_AGE_MONTHS);
	const oldest = limit.toISOString().slice(0, 10);
	return clients.flatMap((client) =>
		Object.entries(client.cells)
			.filter(([, cell]) => cell.verified < oldest || cell.verified > today)
			.map(([behaviour]) => `${client.id}/${behaviour}`),
	);
}

/** The id of a cell on the /clients/ page: `put-301-302.requests`. */
export function cellId(behaviour: string, client: string): string {
	return `${behaviour}.${client}`;
}

/** Every code that some behaviour concerns, sorted. */
export const MATRIX_CODES: number[] = [...new Set(BEHAVIOURS.flatMap((b) => [...b.codes]))].toSorted((a, b) => a - b);
