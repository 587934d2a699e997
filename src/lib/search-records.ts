import type { Code } from './codes';
import type { SearchRecord } from './search';
import { grpcKeywords } from './grpc';

/**
 * The search record of a code, and the two ways it travels to the island: the index list's
 * `data-*` attributes (name, legacy names, vendor, label) and `/search-index.json` (keywords,
 * fetched on the first query). Every consumer (the list, the endpoint, the island, the tests)
 * goes through these functions, so a field cannot be dropped on one path only.
 */

/** Returns the full search record of a code: its keywords include its other meanings' names and vendors (`exchange` → 451). */
export function toSearchRecord(code: Code): SearchRecord {
	return {
		code: code.data.code,
		name: code.data.name,
		aliases: code.data.aliases,
		keywords: [
			...code.data.keywords,
			...code.meanings.slice(1).flatMap((m) => [m.name, m.vendor!]),
			...grpcKeywords(code.data.code),
		],
		vendor: code.official ? undefined : code.data.vendor,
		label: code.label,
	};
}

/** The attributes of a list row that carry a record (all but its keywords) to the island. */
export function toDataset(record: SearchRecord): Record<string, string | number | undefined> {
	return {
		'data-code': record.code,
		'data-aliases': record.aliases.join('|') || undefined,
		'data-vendor': record.vendor,
	};
}

/**
 * Reads a record back from a list row written with toDataset(): the name from its `[data-name]`
 * element and the label from its copy button, so neither is shipped twice. Keywords start empty.
 */
export function fromDataset(row: HTMLElement): SearchRecord {
	const { code, aliases, vendor } = row.dataset;
	return {
		code: Number(code),
		name: row.querySelector('[data-name]')?.textContent?.trim() ?? '',
		aliases: aliases ? aliases.split('|') : [],
		keywords: [],
		vendor,
		label: row.querySelector<HTMLElement>('hsc-copy')?.dataset.label ?? '',
	};
}

/** `/search-index.json`: each code's keywords, `{ "429": ["rate limit", …] }`. */
export function toKeywordIndex(records: SearchRecord[]): Record<string, string[]> {
	return Object.fromEntries(records.map((record) => [record.code, record.keywords]));
}
