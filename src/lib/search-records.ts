import type { Code } from './codes';
import type { PlatformEntry } from './platform-model';
import type { SearchRecord } from './search';
import { classOf, vendorBadge } from './site';
import { grpcKeywords } from './grpc';
import { identParts } from './ident-wrap';

/**
 * The search record of a code or a platform entry, and the ways it travels to the island: the
 * index list's rows (rowHtml(), read back by fromDataset()) and `/search-index.json` (keywords,
 * and the entries' whole records, fetched on the first query). Every consumer (the list, the
 * endpoint, the island, the tests) goes through these functions, so a field cannot be dropped on
 * one path only, and the index and the results show one row layout because one function writes it.
 */

/** Returns the full search record of a code: its keywords include its other meanings' names and vendors (`exchange` → 451). */
export function toSearchRecord(code: Code): SearchRecord {
	const others = code.meanings.slice(1);
	return {
		code: code.data.code,
		key: String(code.data.code),
		name: code.data.name,
		aliases: code.data.aliases,
		keywords: [...code.data.keywords, ...others.flatMap((m) => [m.name, m.vendor!]), ...grpcKeywords(code.data.code)],
		vendor: code.official ? undefined : code.data.vendor,
		label: code.label,
		short: code.data.short,
		also: others.length ? `also ${others.map((m) => `${m.vendor}: ${m.name}`).join('; ')}` : undefined,
		href: code.href,
	};
}

/** Returns the search record of a platform entry: found by its identifier, name, aliases and keywords. */
export function toEntryRecord(entry: PlatformEntry): SearchRecord {
	const { data } = entry;
	return {
		code: data.status,
		key: entry.key,
		id: data.id,
		name: data.name,
		aliases: data.aliases,
		keywords: [...data.keywords, entry.platform.name],
		vendor: entry.platform.short,
		label: data.label,
		short: data.short,
		href: entry.href,
	};
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * The one row layout of the index lists and the search results: the number (or the entry's
 * identifier) and name on the first line, its one-line meaning under it, the copy button beside.
 * A code row carries what fromDataset() reads back; an entry row is only ever built from its record.
 */
export function rowHtml(record: SearchRecord): string {
	const e = escapeHtml;
	const data = record.id
		? ` data-key="${e(record.key)}"`
		: ` data-code="${record.code}"${record.aliases.length ? ` data-aliases="${e(record.aliases.join('|'))}"` : ''}${record.vendor ? ` data-vendor="${e(record.vendor)}"` : ''}`;
	const tone = `tone-${classOf(record.code) ?? 'none'}`;
	const head = record.id
		? `<span class="num ${tone}">${record.code || '—'}</span> <span class="row-text"><span class="row-name"><b class="font-mono">${identParts(record.id).map((part) => e(part)).join('<wbr>')}</b> <span data-name>${e(record.name)}</span> <span class="vendor">${e(record.vendor!)}</span></span>`
		: `<span class="num ${tone}">${record.code}</span> <span class="row-text"><span class="row-name"><span data-name>${e(record.name)}</span>${record.aliases.length ? ` <span class="text-muted">(${e(record.aliases.join(', '))})</span>` : ''}${record.vendor ? ` <span class="vendor">${e(vendorBadge(record.vendor))}</span>` : ''}</span>`;
	const short = record.short ? ` <span class="row-short">${e(record.short)}${record.also ? ` <span class="row-also">· ${e(record.also)}</span>` : ''}</span>` : '';
	return `<li class="code-row"${data}><a href="${e(record.href)}" data-result class="code-link">${head}${short}</span></a><hsc-copy data-label="${e(record.label)}" class="copy"></hsc-copy></li>`;
}

/**
 * Reads a code's record back from a list row written by rowHtml(): the name from its `[data-name]`
 * element, the label from its copy button, the meaning lines from theirs, so nothing is shipped
 * twice. Keywords start empty.
 */
export function fromDataset(row: HTMLElement): SearchRecord {
	const { code, aliases, vendor } = row.dataset;
	const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() || undefined;
	const also = text('.row-also')?.replace(/^·\s*/, '');
	const short = row.querySelector('.row-short')?.firstChild?.textContent?.trim() || undefined;
	return {
		code: Number(code),
		key: String(Number(code)),
		name: text('[data-name]') ?? '',
		aliases: aliases ? aliases.split('|') : [],
		keywords: [],
		vendor,
		label: row.querySelector<HTMLElement>('hsc-copy')?.dataset.label ?? '',
		short,
		also,
		href: row.querySelector('a')?.getAttribute('href') ?? '',
	};
}

/** `/search-index.json`: each code's keywords, `{ "429": ["rate limit", …] }`, and the platform entries' whole records. */
export interface SearchIndex {
	codes: Record<string, string[]>;
	entries: SearchRecord[];
}

/** Returns `/search-index.json` for the given records. */
export function toSearchIndex(codes: SearchRecord[], entries: SearchRecord[] = []): SearchIndex {
	return { codes: Object.fromEntries(codes.map((record) => [record.code, record.keywords])), entries };
}
