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

	it.each([
		['file-name-mismatch', 'tests/fixtures/invalid/file-name-mismatch/500.md: code: is 501'],
		['duplicate-code', 'tests/fixtures/invalid/duplicate-code/404-copy.md: code: 404 is already defined in tests/fixtures/invalid/duplicate-code/404.md'],
		['related-missing', 'tests/fixtures/invalid/related-missing/200.md: related: code 201 has no content file'],
	])('rejects %s naming the file and the field', (fixture, message) => {
		expect(() => checkCodes(load(`tests/fixtures/invalid/${fixture}`))).toThrow(message);
	});
});
