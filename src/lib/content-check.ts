import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { codeSchema, guideSchema, type CodeData } from './schema';
import { platformSchema, PLATFORM_OUTLINE } from './platform-schema';
import { PLATFORM_KEYS, SLUG } from './platforms';
import { checkCodes, ContentError } from './integrity';

/**
 * Every rule a content file must follow, checked once before the build starts. Each problem is one
 * line, `content/418.md: spec.url: must be an https URL (got "RFC 9110")`: the file, the field, what
 * is wrong. Pure: the caller reads the files (src/integrations/content-check.ts does, for builds).
 */

/** A file as read from disk: its path as the reader should see it, and its text. */
export interface SourceFile {
	path: string;
	text: string;
}

/** A library's constants table: its path and the codes it has a constant for. */
export interface ConstantsFile {
	path: string;
	codes: number[];
}

/** The body sections of a code page, in order. */
export const OUTLINE = ['What it means', 'Common causes', 'How to handle', 'Example'];

const line = (path: string, field: string, problem: string) => `${path}: ${field}: ${problem}`;

/** Shows a value the way it was written, short: `(got "RFC 9110")`. */
function got(input: unknown): string {
	if (input === undefined || (typeof input === 'object' && input !== null)) return '';
	const text = JSON.stringify(input);
	return ` (got ${text.length > 60 ? `${text.slice(0, 57)}…"` : text})`;
}

/** Turns zod's issues into one line each, naming the field by its dotted path. */
function issueLines(path: string, issues: z.core.$ZodIssue[]): string[] {
	return issues.map((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return line(path, issue.keys.join(', '), `unknown field; the fields are listed in the README's table`);
		}
		const field = issue.path.join('.') || 'frontmatter';
		if (issue.code === 'invalid_type' && issue.input === undefined) return line(path, field, 'is required');
		return line(path, field, `${issue.message}${got(issue.input)}`);
	});
}

/** Splits a markdown file into its YAML frontmatter and body; CRLF line endings are accepted. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
	const normal = text.replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(normal);
	if (!match) return null;
	return { yaml: match[1], body: match[2], bodyLine: match[1].split('\n').length + 3 };
}

/** Parses YAML frontmatter; a syntax error names the field whose line it is on. */
function parseYaml(path: string, yaml: string): { data?: unknown; errors: string[] } {
	const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length === 0) return { data: doc.toJS(), errors: [] };
	const lines = yaml.split('\n');
	return {
		errors: doc.errors.map((error) => {
			const at = yaml.slice(0, error.pos[0]).split('\n').length;
			const key = lines
				.slice(0, at)
				.reverse()
				.map((l) => /^([A-Za-z][\w-]*):/.exec(l)?.[1])
				.find(Boolean);
			const what = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
			return line(path, key ?? 'frontmatter', `YAML error on line ${at + 1}: ${what}`);
		}),
	};
}

/** Removes fenced blocks and inline code, keeping line numbers, so HTML inside code is allowed. */
function withoutCode(body: string): string {
	return body
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
		.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
}

/** Checks a code page's body: the four sections in order, both handling paragraphs, one http block, no HTML. */
export function checkBody(path: string, body: string, bodyLine = 1): string[] {
	const errors: string[] = [];
	const headings = [...body.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1]);
	const missing = OUTLINE.find((h) => !headings.includes(h));
	if (missing) errors.push(line(path, 'body', `missing section "## ${missing}"`));
	else if (headings.join('|') !== OUTLINE.join('|')) {
		errors.push(line(path, 'body', `sections must be exactly ${OUTLINE.map((h) => `"## ${h}"`).join(', ')}, in that order (found ${headings.map((h) => `"## ${h}"`).join(', ')})`));
	}
	const handling = /^## How to handle\s*$([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(body)?.[1] ?? '';
	for (const side of ['Client side', 'Server side']) {
		if (!handling.includes(`**${side}:**`)) errors.push(line(path, 'body', `"## How to handle" needs a **${side}:** paragraph`));
	}
	const example = /^## Example\s*$([\s\S]*)/m.exec(body)?.[1] ?? '';
	const fences = [...example.matchAll(/^(```|~~~)([^\n]*)$/gm)].filter((_, i) => i % 2 === 0).map((m) => m[2].trim());
	// One http exchange; a log line the exchange leaves behind may follow in a text block (444, 499).
	const http = fences.filter((f) => f === 'http').length;
	const other = fences.filter((f) => f !== 'http' && f !== 'text');
	if (!missing && (http !== 1 || other.length > 0)) {
		const found = fences.length ? fences.map((f) => `\`\`\`${f || '(no language)'}`).join(', ') : 'none';
		errors.push(line(path, 'Example', `needs exactly one \`\`\`http block, plus \`\`\`text blocks for log lines if any (found ${found})`));
	}
	return [...errors, ...checkNoHtml(path, body, bodyLine)];
}

/** Rejects raw HTML outside code (content is markdown); for code pages and guides alike. */
function checkNoHtml(path: string, body: string, bodyLine: number): string[] {
	const html = /<(?!https?:\/\/|mailto:)(\/?[A-Za-z][\w-]*|!--)/.exec(withoutCode(body));
	if (!html) return [];
	const at = bodyLine + body.slice(0, html.index).split('\n').length - 1;
	return [line(path, 'body', `raw HTML is not allowed, content is markdown (found "<${html[1]}" on line ${at})`)];
}

/** Parses and validates one file against a schema; returns its data, or the lines that say why not. */
function parseFile<T>(file: SourceFile, schema: z.ZodType<T>): { data?: T; body: string; bodyLine: number; errors: string[] } {
	const parts = splitFrontmatter(file.text);
	if (!parts) return { body: '', bodyLine: 1, errors: [line(file.path, 'frontmatter', 'the file must start with a --- YAML block ---')] };
	const yaml = parseYaml(file.path, parts.yaml);
	if (yaml.errors.length) return { ...parts, errors: yaml.errors };
	const result = schema.safeParse(yaml.data ?? {}, { reportInput: true });
	return result.success ? { ...parts, data: result.data, errors: [] } : { ...parts, errors: issueLines(file.path, result.error.issues) };
}

/** Checks the whole content folder: every code file, every guide and the constants tables. Returns the problems, one line each. */
export function checkContent(
	codeFiles: SourceFile[],
	guideFiles: SourceFile[] = [],
	constants: ConstantsFile[] = [],
	platformFiles: SourceFile[] = [],
): string[] {
	const errors: string[] = [];
	const valid: { id: string; filePath: string; data: CodeData }[] = [];
	for (const file of codeFiles) {
		const name = file.path.split('/').pop()!;
		if (!/^\d+\.md$/.test(name)) {
			errors.push(line(file.path, 'file name', 'a code file is named <code>.md, in lower case (e.g. 418.md)'));
			continue;
		}
		const parsed = parseFile(file, codeSchema);
		errors.push(...parsed.errors);
		if (!parsed.data) continue;
		errors.push(...checkBody(file.path, parsed.body, parsed.bodyLine));
		valid.push({ id: name.replace(/\.md$/, ''), filePath: file.path, data: parsed.data });
	}
	if (errors.length) return errors;
	try {
		checkCodes(valid);
	} catch (error) {
		if (error instanceof ContentError) return [error.message];
		throw error;
	}
	const known = new Set(valid.map((file) => file.data.code));
	for (const file of guideFiles) {
		const name = file.path.split('/').pop()!;
		if (!/^[a-z0-9-]+\.md$/.test(name)) {
			errors.push(line(file.path, 'file name', 'a guide is named <slug>.md: lower-case letters, digits and hyphens'));
			continue;
		}
		const parsed = parseFile(file, guideSchema);
		errors.push(...parsed.errors);
		if (!parsed.data) continue;
		const missing = parsed.data.codes.find((code) => !known.has(code));
		if (missing !== undefined) errors.push(line(file.path, 'codes', `code ${missing} has no content file`));
		errors.push(...checkNoHtml(file.path, parsed.body, parsed.bodyLine));
	}
	for (const table of constants) {
		const missing = table.codes.find((code) => !known.has(code));
		if (missing !== undefined) errors.push(line(table.path, 'constants', `code ${missing} has no content file`));
	}
	return [...errors, ...checkPlatform(platformFiles, known)];
}

/** Checks a catalogue entry's body: the sections in order, an optional Example last, no HTML. */
function checkPlatformBody(path: string, body: string, bodyLine: number): string[] {
	const headings = [...body.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1]);
	const allowed = [PLATFORM_OUTLINE, [...PLATFORM_OUTLINE, 'Example']].map((h) => h.join('|'));
	const errors = allowed.includes(headings.join('|'))
		? []
		: [line(path, 'body', `sections must be ${PLATFORM_OUTLINE.map((h) => `"## ${h}"`).join(', ')}, then optionally "## Example" (found ${headings.map((h) => `"## ${h}"`).join(', ') || 'none'})`)];
	return [...errors, ...checkNoHtml(path, body, bodyLine)];
}

/**
 * Checks the catalogue, `content/platform/<vendor>/<slug>.md`: each file against its schema, its
 * folder against its `vendor`, its statuses and related codes against the code files, and no two
 * entries claiming one identifier or one pasted alias.
 */
export function checkPlatform(files: SourceFile[], known: Set<number>): string[] {
	const errors: string[] = [];
	const claims = new Map<string, string>();
	const claim = (path: string, field: string, text: string) => {
		const key = text.trim().toLowerCase();
		const other = claims.get(key);
		if (other && other !== path) errors.push(line(path, field, `"${text}" is already claimed by ${other}`));
		else claims.set(key, path);
	};
	for (const file of files) {
		const [folder, name] = file.path.split('/').slice(-2);
		if (!(PLATFORM_KEYS as readonly string[]).includes(folder)) {
			errors.push(line(file.path, 'folder', `entries live in content/platform/<vendor>/, one of ${PLATFORM_KEYS.join(', ')}`));
			continue;
		}
		if (!name.endsWith('.md') || !SLUG.test(name.slice(0, -3))) {
			errors.push(line(file.path, 'file name', 'an entry is named <slug>.md: lower-case letters, digits, dots and hyphens'));
			continue;
		}
		const parsed = parseFile(file, platformSchema);
		errors.push(...parsed.errors);
		if (!parsed.data) continue;
		const data = parsed.data;
		if (data.vendor !== folder) errors.push(line(file.path, 'vendor', `must be "${folder}", the folder it is in (got "${data.vendor}")`));
		// A status in the registered range must have its page, since that page links the entry.
		for (const status of [data.status, ...data.alsoStatus]) {
			const needsPage = status === 0 || (status >= 100 && status <= 599);
			if (needsPage && !known.has(status)) errors.push(line(file.path, 'status', `${status} has no content file to link this entry from`));
		}
		const missing = data.related.find((code) => !known.has(code));
		if (missing !== undefined) errors.push(line(file.path, 'related', `code ${missing} has no content file`));
		claim(file.path, 'id', `${data.vendor} ${data.id}`);
		for (const alias of data.aliases) claim(file.path, 'aliases', alias);
		errors.push(...checkPlatformBody(file.path, parsed.body, parsed.bodyLine));
	}
	return errors;
}
