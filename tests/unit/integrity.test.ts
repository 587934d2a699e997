import { describe, expect, it } from 'vitest';
import { checkCodes, type ContentFile } from '../../src/lib/integrity';
import { codeSchema } from '../../src/lib/schema';
import { readFolder } from './content-files';

/** Reads a folder and validates each file, as the content layer does before getCodes(). */
function load(dir: string): ContentFile[] {
	return readFolder(dir).map((file) => ({
		id: file.id,
		filePath: file.filePath,
		data: codeSchema.parse(file.frontmatter),
	}));
}

describe('checkCodes', () => {
	it('accepts a consistent folder', () => {
		expect(() => checkCodes(load('tests/fixtures/valid'))).not.toThrow();
	});

	it('accepts the real content folder', () => {
		expect(() => checkCodes(load('content'))).not.toThrow();
	});

	// Broken folders are checked by a real build, once each: tests/unit/build-errors.test.ts.
});
