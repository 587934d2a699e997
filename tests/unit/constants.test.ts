import { describe, expect, it } from 'vitest';
import { CONSTANT_TABLES, constantsFor, type ConstantTable } from '../../src/lib/constants';

/** How each language spells its identifiers; anything else was mis-copied from the source. */
const IDENTIFIER: Record<string, RegExp> = {
	node: /^[A-Z][A-Za-z'\- ]+$/,
	python: /^[A-Z][A-Z_]+$/,
	go: /^Status[A-Z][A-Za-z]+$/,
	spring: /^[A-Z][A-Z_]+$/,
	dotnet: /^[A-Z][A-Za-z]+$/,
	rust: /^[A-Z][A-Z_]+$/,
	symfony: /^HTTP_[A-Z_]+$/,
};

describe('library constant tables', () => {
	it.each(Object.entries(CONSTANT_TABLES))('%s names its source file and version', (_, table: ConstantTable) => {
		expect(table.source).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\/.+\.(js|py|go|java|cs|rs|php)$/);
		expect(table.version).toBeTruthy();
		expect(Object.keys(table.constants).length).toBeGreaterThan(55);
	});

	it.each(Object.entries(CONSTANT_TABLES))('%s holds well-formed identifiers for real codes', (id, table: ConstantTable) => {
		for (const [code, name] of Object.entries(table.constants)) {
			expect(Number(code), `${id} ${code}`).toBeGreaterThanOrEqual(100);
			expect(Number(code), `${id} ${code}`).toBeLessThanOrEqual(599);
			expect(name, `${id} ${code}`).toMatch(IDENTIFIER[id]);
		}
		for (const name of table.deprecated) expect(Object.values(table.constants).concat(Object.values(table.aliases).flat())).toContain(name);
	});

	it.each([
		[404, 'go', 'http.StatusNotFound'],
		[404, 'python', 'HTTPStatus.NOT_FOUND'],
		[404, 'dotnet', 'HttpStatusCode.NotFound'],
		[404, 'rust', 'StatusCode::NOT_FOUND'],
		[404, 'symfony', 'Response::HTTP_NOT_FOUND'],
		[404, 'spring', 'HttpStatus.NOT_FOUND'],
		[404, 'node', 'http.STATUS_CODES[404]'],
		[413, 'python', 'HTTPStatus.CONTENT_TOO_LARGE'],
		[413, 'go', 'http.StatusRequestEntityTooLarge'],
		[422, 'spring', 'HttpStatus.UNPROCESSABLE_CONTENT'],
		[422, 'rust', 'StatusCode::UNPROCESSABLE_ENTITY'],
		[429, 'go', 'http.StatusTooManyRequests'],
	])('%i in %s is %s, as the library ships it', (code, id, expression) => {
		expect(constantsFor(code).find((c) => c.id === id)?.expression).toBe(expression);
	});

	it('lists only what exists: .NET has no 418 and Spring 7 no 420', () => {
		expect(constantsFor(418).map((c) => c.id)).not.toContain('dotnet');
		expect(constantsFor(420).map((c) => c.id)).not.toContain('spring');
		expect(constantsFor(444)).toEqual([]);
	});

	it('keeps the old spellings as aliases and marks deprecated names', () => {
		const python413 = constantsFor(413).find((c) => c.id === 'python')!;
		expect(python413.aliases).toContain('HTTPStatus.REQUEST_ENTITY_TOO_LARGE');
		const spring418 = constantsFor(418).find((c) => c.id === 'spring')!;
		expect(spring418.deprecated).toBe(true);
		expect(constantsFor(404).find((c) => c.id === 'node')!.value).toBe("'Not Found'");
	});
});
