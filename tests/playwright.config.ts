import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4327);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A system Chromium where one exists (this machine cannot download Playwright's own browsers).
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// Always the built site: the service worker and output paths only exist in a build.
	webServer: {
		// --ignore-lock: a foreground server of its own, beside any preview a developer has running.
		command: `npm run build && npx astro preview --port ${PORT} --ignore-lock`,
		cwd: '..',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
