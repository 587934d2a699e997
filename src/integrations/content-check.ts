import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, type ConstantsFile, type SourceFile } from '../lib/content-check';

/** Reads the files of one folder (not its subfolders) as `SourceFile`s, paths relative to the project. */
function readFiles(dir: string, keep: (name: string) => boolean): SourceFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile() && keep(entry.name))
		.map((entry) => entry.name)
		.sort()
		.map((name) => ({ path: relative(process.cwd(), join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Returns the problems of the content folder (CONTENT_DIR, default ./content) and the constants tables, one line each. */
export function checkContentFolder(
	contentDir = process.env.CONTENT_DIR ?? 'content',
	constantsDir = process.env.CONSTANTS_DIR ?? 'src/data/constants',
): string[] {
	// Any file that looks like markdown is checked, so `299.MD` or `299.markdown` is an error, not skipped.
	const markdown = (name: string) => /\.(md|markdown|mdx)$/i.test(name) || !name.includes('.');
	const constants: ConstantsFile[] = readFiles(constantsDir, (name) => name.endsWith('.json')).map((file) => ({
		path: file.path,
		codes: Object.keys(JSON.parse(file.text).constants ?? {}).map(Number),
	}));
	const platformDir = join(contentDir, 'platform');
	const platform = existsSync(platformDir)
		? readdirSync(platformDir, { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory()
					? readFiles(join(platformDir, entry.name), markdown)
					: [{ path: relative(process.cwd(), join(platformDir, entry.name)), text: '' }],
			)
		: [];
	return checkContent(readFiles(contentDir, markdown), readFiles(join(contentDir, 'guides'), markdown), constants, platform);
}

/**
 * Checks every content file before Astro reads any of it. A build with a broken file stops with one
 * line per problem, naming the file and the field, and no stack trace; `astro dev` shows the same
 * lines as errors and carries on, so a half-typed file does not stop the server.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'hsc:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				const problems = checkContentFolder();
				if (problems.length === 0) return;
				if (command === 'dev') {
					for (const problem of problems) logger.error(problem);
					return;
				}
				process.stderr.write(`${problems.join('\n')}\n`);
				process.exit(1);
			},
		},
	};
}
