import { expect, test } from '@playwright/test';
import { openIndex, resultLinks, searchBox, watchForTrouble } from './helpers';
import { HOSTILE_QUERIES } from '../fixtures/hostile-queries';
import { CODES } from './site-data';

test('typing 404 puts 404 Not Found first', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('404');
	await expect(resultLinks(page).first()).toHaveText(/^404\s+Not Found/);
	await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toHaveText('1 result');
});

for (const [query, first] of [
	['forbiden', '403 Forbidden'],
	['im a teapot', '418 (Unused)'],
	["I'm a Teapot", '418 (Unused)'],
	['rate limit', '429 Too Many Requests'],
	['gateway timeout', '504 Gateway Timeout'],
	['payload too large', '413 Content Too Large'],
	['websocket', '101 Switching Protocols'],
	['unprocessable entity', '422 Unprocessable Content'],
	// Found only through the legacy names the island reads from the list (data-aliases).
	['moved temporarily', '302 Found'],
	['switch proxy', '306 (Unused)'],
	['request entity too large', '413 Content Too Large'],
] as const) {
	test(`typing "${query}" puts ${first} first`, async ({ page }) => {
		await openIndex(page);
		await searchBox(page).pressSequentially(query);
		await expect(resultLinks(page).first()).toHaveText(new RegExp(`^${first.replace(/[()]/g, '\\$&')}`));
	});
}

// Results come a screenful at a time (the rest once that is painted): every row must still come,
// and rows still waiting from an earlier keystroke must never join a later one's results.
test('a long result list arrives whole, and a newer query drops rows still waiting', async ({ page }) => {
	await openIndex(page);
	await page.setViewportSize({ width: 1280, height: 600 });
	await searchBox(page).fill('4');
	const fours = CODES.filter((c) => String(c).startsWith('4')).length;
	expect(fours).toBeGreaterThan(30);
	await expect(resultLinks(page)).toHaveCount(fours);
	// `5` renders its first screenful (Preact renders in a microtask) and leaves the rest for after
	// the next frame; `504` comes before that frame, so those rows must never be added.
	const shown = await page.evaluate(async () => {
		const box = document.querySelector<HTMLInputElement>('#code-search')!;
		const type = (value: string) => {
			box.value = value;
			box.dispatchEvent(new Event('input', { bubbles: true }));
		};
		type('5');
		for (let i = 0; i < 5; i++) await Promise.resolve();
		const first = document.querySelectorAll('#search-results > li').length;
		type('504');
		return first;
	});
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThan(CODES.filter((c) => String(c).startsWith('5')).length);
	await page.waitForTimeout(300);
	await expect(resultLinks(page)).toHaveCount(1);
	await expect(resultLinks(page).first()).toHaveText(/^504\s+Gateway Timeout/);
});

// Rows that stay from one keystroke to the next stay in the list (src/lib/place-rows.ts): whatever
// the edits, the list must end as a fresh search for the same text shows it, row for row.
test('after typing, deleting and retyping, the results are those of a fresh search', async ({ page, context }) => {
	await openIndex(page);
	const fresh = await context.newPage();
	const box = searchBox(page);
	const steps: [string, (q: string) => Promise<void>][] = [
		['gate', (q) => box.pressSequentially(q)],
		['gateway t', (q) => box.pressSequentially(q.slice(4))],
		['ga', async () => {
			for (let i = 0; i < 7; i++) await box.press('Backspace');
		}],
		['g', () => box.press('Backspace')],
		['4', (q) => box.fill(q)],
		['40', () => box.pressSequentially('0')],
		['4', () => box.press('Backspace')],
		['too many', (q) => box.fill(q)],
		['too', async () => {
			for (let i = 0; i < 5; i++) await box.press('Backspace');
		}],
	];
	for (const [query, edit] of steps) {
		await edit(query);
		await expect(box).toHaveValue(query);
		await openIndex(fresh, `/?q=${encodeURIComponent(query)}`);
		// Every row of the fresh search, once the rows after the first screenful have come too.
		const status = fresh.getByRole('status').filter({ hasText: /\d+ results?$/ });
		const count = Number((await status.textContent())!.match(/\d+/)![0]);
		await expect(resultLinks(fresh)).toHaveCount(count);
		const expected = await resultLinks(fresh).allTextContents();
		expect(expected.length, query).toBeGreaterThan(0);
		await expect.poll(() => resultLinks(page).allTextContents(), { message: query }).toEqual(expected);
	}
});

test('a code prefix lists its codes in numeric order', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('50');
	await expect(resultLinks(page).first()).toHaveText(/^500/);
	const texts = await resultLinks(page).allTextContents();
	const expected = CODES.filter((c) => String(c).startsWith('50')).map(String);
	expect(texts.map((t) => t.slice(0, 3))).toEqual(expected);
});

test('a query that matches nothing says so and offers a way back', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('zzqxjv');
	await expect(page.getByText('No codes match').first()).toBeVisible();
	await expect(resultLinks(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear search and filters' }).click();
	await expect(searchBox(page)).toHaveValue('');
	await expect(searchBox(page)).toBeFocused();
	await expect(page.getByRole('main').getByRole('link', { name: /^404\s+Not Found\b/ })).toBeVisible();
});

test('the 4xx chip shows only 4xx codes and toggles off again', async ({ page }) => {
	await openIndex(page);
	const chip = page.getByRole('button', { name: /^4xx\b/ });
	const clientErrors = CODES.filter((c) => c >= 400 && c < 500).length;
	await expect(chip).toHaveAccessibleName(`4xx ${clientErrors}`);
	await expect(chip).toHaveAttribute('aria-pressed', 'false');
	await chip.click();
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	await expect(resultLinks(page)).toHaveCount(clientErrors);
	// Only 4xx remains: the full list under the results is hidden, not shown beside them.
	await expect(page.locator('#code-list a[href="/200/"]')).toBeHidden();
	const codes = (await resultLinks(page).allTextContents()).map((t) => Number(t.slice(0, 3)));
	expect(codes.every((code) => code >= 400 && code < 500)).toBe(true);
	await expect(page).toHaveURL(/\?class=4xx$/);
	await chip.click();
	await expect(chip).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('main').getByRole('link', { name: /^200\s+OK\b/ })).toBeVisible();
	await expect(page).toHaveURL(/\/$/);
});

test('several chips combine, and chips combine with the query', async ({ page }) => {
	await openIndex(page);
	await page.getByRole('button', { name: /^1xx\b/ }).click();
	await page.getByRole('button', { name: /^5xx\b/ }).click();
	const codes = (await resultLinks(page).allTextContents()).map((t) => Number(t.slice(0, 3)));
	expect(codes.every((code) => code < 200 || code >= 500)).toBe(true);
	expect(codes).toContain(100);
	expect(codes).toContain(504);
	await page.getByRole('button', { name: /^1xx\b/ }).click();
	await page.getByRole('button', { name: /^5xx\b/ }).click();
	await page.getByRole('button', { name: /^4xx\b/ }).click();
	await searchBox(page).fill('timeout');
	await expect(resultLinks(page).first()).toHaveText(/^408\s+Request Timeout/);
	const found = (await resultLinks(page).allTextContents()).map((t) => Number(t.slice(0, 3)));
	expect(found.every((code) => code >= 400 && code < 500)).toBe(true);
	expect(found).not.toContain(504);
});

test('chip counts follow the query', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('40');
	const forties = CODES.filter((c) => String(c).startsWith('40')).length;
	await expect(page.getByRole('button', { name: /^4xx\b/ })).toHaveAccessibleName(`4xx ${forties}`);
	await expect(page.getByRole('button', { name: /^5xx\b/ })).toHaveAccessibleName('5xx 0');
});

test('the view is written to the URL and restored from it', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('gateway');
	await page.getByRole('button', { name: /^5xx\b/ }).click();
	await expect(page).toHaveURL(/\?q=gateway&class=5xx$/);
	await openIndex(page, '/?q=gateway&class=4xx,5xx');
	await expect(searchBox(page)).toHaveValue('gateway');
	await expect(page.getByRole('button', { name: /^4xx\b/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: /^5xx\b/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(resultLinks(page).first()).toHaveText(/^50[24]/);
});

test('hostile URL parameters are ignored without breaking the page', async ({ page }) => {
	const trouble = watchForTrouble(page);
	await openIndex(page, '/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&class=%3Cscript%3E,9xx,%E0%A4%A');
	await expect(page.getByRole('button', { name: /^4xx\b/ })).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('main img')).toHaveCount(0);
	await searchBox(page).fill('404');
	await expect(resultLinks(page).first()).toHaveText(/^404/);
	expect(trouble).toEqual([]);
});

test('hostile queries never break the page or inject markup', async ({ page }) => {
	const trouble = watchForTrouble(page);
	await openIndex(page);
	const active = page.locator('main img, main script, main iframe, main [onerror]');
	const before = await active.count();
	for (const query of HOSTILE_QUERIES) {
		await searchBox(page).fill(query);
		expect((await searchBox(page).inputValue()).length).toBeLessThanOrEqual(100);
		await expect(active).toHaveCount(before);
	}
	await searchBox(page).fill('teapot');
	await expect(resultLinks(page).first()).toHaveText(/^418/);
	expect(trouble).toEqual([]);
});

test('text typed before the island hydrates is kept', async ({ page }) => {
	await page.goto('/');
	await searchBox(page).pressSequentially('410');
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	await expect(searchBox(page)).toHaveValue('410');
	await expect(resultLinks(page).first()).toHaveText(/^410\s+Gone/);
});

// Precise ranking in the browser, on the records the island reads: no flood of codes that merely
// share a word or a few letters with the query.
for (const [query, first, max, also] of [
	['not found', 404, 3, []],
	['too many requests', 429, 1, []],
	['gate', 504, 6, [502]],
	['gatway timout', 504, 3, []],
] as const) {
	test(`"${query}" gives ${first} first and at most ${max} results`, async ({ page }) => {
		await openIndex(page);
		await searchBox(page).pressSequentially(query);
		await expect(resultLinks(page).first()).toHaveText(new RegExp(`^${first}\\b`));
		const texts = await resultLinks(page).allTextContents();
		expect(texts.length, texts.join(' | ')).toBeLessThanOrEqual(max);
		for (const code of also) expect(texts.slice(0, 3).some((t) => t.startsWith(String(code))), texts.join(' | ')).toBe(true);
	});
}
