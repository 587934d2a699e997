import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		// Vitest's default pattern also matches Playwright's *.spec.ts files.
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 20_000,
	},
});
