import type { PlatformData } from './platform-schema';
import { PLATFORMS, type PlatformKey } from './platforms';
import { withBase } from './paths';

/** A catalogue file as the collection gives it: `id` is `<vendor>/<slug>`, e.g. `iis/500.19`. */
export interface PlatformFile {
	id: string;
	data: PlatformData;
}

/** One catalogue entry with what is derived from it: its page, its platform, its place in order. */
export interface PlatformEntry<F extends PlatformFile = PlatformFile> {
	entry: F;
	/** `iis/500.19`: unique, stable, and the page's path. */
	key: string;
	slug: string;
	data: PlatformData;
	platform: (typeof PLATFORMS)[number];
	href: string;
}

/** Orders identifiers the way a reader scans them: `401.2` before `401.10`, `H10` before `H12`. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Returns the entries in index order: platform by platform as PLATFORMS lists them, identifiers in natural order. */
export function toPlatformEntries<F extends PlatformFile>(files: F[]): PlatformEntry<F>[] {
	const rank = new Map<string, number>(PLATFORMS.map((p, i) => [p.key, i]));
	return files
		.map((entry) => {
			const slug = entry.id.split('/')[1];
			return {
				entry,
				key: entry.id,
				slug,
				data: entry.data,
				platform: PLATFORMS[rank.get(entry.data.vendor)!],
				href: withBase(`${entry.id}/`),
			};
		})
		.sort((a, b) => rank.get(a.data.vendor)! - rank.get(b.data.vendor)! || collator.compare(a.data.id, b.data.id));
}

/** A platform and its entries, for the index and the platform's own page; platforms without entries are left out. */
export interface PlatformGroup<F extends PlatformFile = PlatformFile> {
	platform: (typeof PLATFORMS)[number];
	entries: PlatformEntry<F>[];
}

/** Returns the entries grouped by platform, in PLATFORMS order. */
export function groupByPlatform<F extends PlatformFile>(entries: PlatformEntry<F>[]): PlatformGroup<F>[] {
	return PLATFORMS.map((platform) => ({ platform, entries: entries.filter((e) => e.data.vendor === platform.key) })).filter(
		(group) => group.entries.length > 0,
	);
}

/** Returns the entries that travel with `status`, as their main status first, then as another. */
export function entriesForStatus<F extends PlatformFile>(entries: PlatformEntry<F>[], status: number): PlatformEntry<F>[] {
	return [
		...entries.filter((e) => e.data.status === status),
		...entries.filter((e) => e.data.alsoStatus.includes(status)),
	];
}

export type { PlatformKey };
