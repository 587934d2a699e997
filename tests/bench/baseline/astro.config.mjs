// The bench's baseline: a minimal Astro 7 + Preact + fuse.js site with one search island over the
// same codes, built by `npm run bench` beside ours so the two are measured in one run. Not deployed.
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

export default defineConfig({
	outDir: process.env.OUT_DIR ?? './dist',
	integrations: [preact()],
	vite: { logLevel: 'error' },
});
