import { type Page } from '@playwright/test';

/** Opens `path` and waits until the search island has hydrated and read its records. */
export async function openIndex(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	// Astro removes `ssr` from the island once it has hydrated; the chips' aria-pressed is already
	// in the server HTML, so it proves nothing.
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	// …and has read the rows (at DOMContentLoaded at the latest).
	await page.locator('form[role=search][data-ready=true]').waitFor({ state: 'attached' });
}

/** The search box on the index page. */
export function searchBox(page: Page) {
	return page.getByRole('searchbox', { name: /search/i });
}

/** Links of the ranked results the island shows while a query or chip is active. */
export function resultLinks(page: Page) {
	return page.getByRole('list', { name: 'Search results' }).getByRole('link');
}

/** Collects uncaught page errors and dialogs, so a test can assert there were none. */
export function watchForTrouble(page: Page): string[] {
	const trouble: string[] = [];
	page.on('pageerror', (error) => trouble.push(`pageerror: ${error.message}`));
	page.on('dialog', (dialog) => {
		trouble.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return trouble;
}
