import type { CodeData } from './schema';

/** A content file as the integrity check sees it: id (file name) and validated frontmatter. */
export interface ContentFile {
	id: string;
	filePath: string;
	data: CodeData;
}

/** Thrown when content files disagree with each other; the message names file and field. */
export class ContentError extends Error {
	constructor(filePath: string, field: string, problem: string) {
		super(`${filePath}: ${field}: ${problem}`);
		this.name = 'ContentError';
	}
}

/**
 * Checks the rules a single file's schema cannot see: no code is defined twice, the file name
 * equals `code`, every `related` code has a file. Throws a ContentError on the first problem.
 */
export function checkCodes(files: ContentFile[]): void {
	const byCode = new Map<number, ContentFile>();
	for (const file of files.toSorted((a, b) => a.id.localeCompare(b.id))) {
		const twin = byCode.get(file.data.code);
		if (twin) {
			throw new ContentError(file.filePath, 'code', `${file.data.code} is already defined in ${twin.filePath}`);
		}
		byCode.set(file.data.code, file);
	}
	for (const file of files) {
		if (file.id !== String(file.data.code)) {
			throw new ContentError(
				file.filePath,
				'code',
				`is ${file.data.code} but the file name says ${file.id}; name the file ${file.data.code}.md`,
			);
		}
		const missing = file.data.related.find(({ code }) => !byCode.has(code));
		if (missing !== undefined) {
			throw new ContentError(file.filePath, 'related', `code ${missing.code} has no content file`);
		}
	}
}
