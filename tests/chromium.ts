import { existsSync } from 'node:fs';

/**
 * Flags for Chromium on a closed network: without the background-networking ones it floods the
 * machine with refused connections.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A system Chromium when one exists; otherwise undefined, so Playwright uses its own browser. */
export const CHROMIUM_PATH = existsSync(systemChromium) ? systemChromium : undefined;
