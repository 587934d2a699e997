import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const PORT = Number(process.env.PORT ?? 4327);

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		// A system Chromium where one exists: some machines cannot download Playwright's browsers.
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	// Always the built site: the service worker and output paths only exist in a build.
	webServer: {
		// --ignore-lock: a foreground server of its own, beside any preview a developer has running.
		command: `npm run build && npx astro preview --port ${PORT} --ignore-lock`,
		cwd: '..',
		url: `http://localhost:${PORT}/`,
		// Never a server left running on the port: every run tests the build it just made.
		reuseExistingServer: false,
		timeout: 180_000,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
	},
});
