import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		dist: string;
	}
}

/** Builds the site once into a scratch folder for the tests that read built output (the JSON API). */
export default function setup(project: TestProject): () => void {
	const dir = mkdtempSync(join(tmpdir(), 'hsc-dist-'));
	const out = join(dir, 'dist');
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out },
	});
	if (build.status !== 0) throw new Error('astro build failed (run npm run build to see why)');
	project.provide('dist', out);
	return () => rmSync(dir, { recursive: true, force: true });
}
