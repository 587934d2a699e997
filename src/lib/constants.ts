import node from '../data/constants/node.json';
import python from '../data/constants/python.json';
import go from '../data/constants/go.json';
import spring from '../data/constants/spring.json';
import dotnet from '../data/constants/dotnet.json';
import rust from '../data/constants/rust.json';
import symfony from '../data/constants/symfony.json';

/** One library's table, as copied from its own source file (see `source` and `version`). */
export interface ConstantTable {
	library: string;
	version: string;
	source: string;
	usage: string;
	constants: Record<string, string>;
	aliases: Record<string, string[]>;
	deprecated: string[];
}

/** How a developer writes the constant in each language. */
const LANGUAGES: { id: string; language: string; table: ConstantTable; write: (name: string, code: number) => string }[] = [
	{ id: 'node', language: 'Node.js', table: node, write: (_, code) => `http.STATUS_CODES[${code}]` },
	{ id: 'python', language: 'Python', table: python, write: (name) => `HTTPStatus.${name}` },
	{ id: 'go', language: 'Go (net/http)', table: go, write: (name) => `http.${name}` },
	{ id: 'spring', language: 'Java (Spring)', table: spring, write: (name) => `HttpStatus.${name}` },
	{ id: 'dotnet', language: '.NET', table: dotnet, write: (name) => `HttpStatusCode.${name}` },
	{ id: 'rust', language: 'Rust (http)', table: rust, write: (name) => `StatusCode::${name}` },
	{ id: 'symfony', language: 'PHP (Symfony)', table: symfony, write: (name) => `Response::${name}` },
];

/** One language's name for a code. */
export interface Constant {
	id: string;
	language: string;
	/** What to type, e.g. `http.StatusNotFound`. */
	expression: string;
	/** Node's table holds reason phrases: the value the expression gives. */
	value?: string;
	/** Older or newer spellings the library also accepts. */
	aliases: string[];
	deprecated: boolean;
	/** The library source file the table was copied from. */
	source: string;
}

/** Returns the constants that really exist for `code`, one per library that defines it. */
export function constantsFor(code: number): Constant[] {
	return LANGUAGES.flatMap(({ id, language, table, write }) => {
		const name = table.constants[String(code)];
		if (!name) return [];
		return [
			{
				id,
				language,
				expression: write(name, code),
				value: id === 'node' ? `'${name}'` : undefined,
				aliases: (table.aliases[String(code)] ?? []).map((alias) => write(alias, code)),
				deprecated: table.deprecated.includes(name),
				source: table.source,
			},
		];
	});
}

/** Every library table, for the data-integrity tests. */
export const CONSTANT_TABLES = Object.fromEntries(LANGUAGES.map(({ id, table }) => [id, table]));

/** One library as the /constants/ page lists it: where its table was copied from. */
export interface ConstantLibrary {
	id: string;
	language: string;
	library: string;
	version: string;
	source: string;
}

/** The libraries in table order, for the /constants/ page and its sources list. */
export const CONSTANT_LIBRARIES: ConstantLibrary[] = LANGUAGES.map(({ id, language, table }) => ({
	id,
	language,
	library: table.library,
	version: table.version,
	source: table.source,
}));
