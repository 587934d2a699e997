import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A markdown file split into parsed frontmatter and body. */
export interface MarkdownFile {
	id: string;
	filePath: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

/** Reads one markdown file the way the content loader does: YAML frontmatter, then the body. */
export function readMarkdown(filePath: string): MarkdownFile {
	const text = readFileSync(filePath, 'utf8').replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${filePath}: no frontmatter block`);
	const id = filePath.split('/').pop()!.replace(/\.md$/, '');
	return { id, filePath, frontmatter: parse(match[1]), body: match[2] };
}

/** Reads every `*.md` file in a folder, sorted by file name. */
export function readFolder(dir: string): MarkdownFile[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => readMarkdown(join(dir, name)));
}
