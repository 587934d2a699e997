import type { CollectionEntry } from 'astro:content';
import { toCodes, type Code } from '../../src/lib/code-model';
import { codeSchema } from '../../src/lib/schema';
import { readFolder } from './content-files';

/**
 * The codes of a content folder, built the way getCodes() builds them but without Astro: entries
 * in memory, so the derived views (search records, facts, related codes) are tested in milliseconds.
 */
export function codesFrom(dir = 'content', now?: string): Code[] {
	const entries = readFolder(dir).map(
		(file) =>
			({
				id: file.id,
				collection: 'codes',
				filePath: file.filePath,
				body: file.body,
				data: codeSchema.parse(file.frontmatter),
			}) as unknown as CollectionEntry<'codes'>,
	);
	return toCodes(entries, now);
}
