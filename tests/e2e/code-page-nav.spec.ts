import { expect, test, type Page } from '@playwright/test';
import { CODES } from './site-data';

test('the jump row links every section of the page, in page order, and each target exists', async ({ page, request }) => {
	await page.goto('/503/');
	const jump = page.getByRole('navigation', { name: 'On this page' });
	await expect(jump.getByRole('link')).toHaveText(['Spec facts', 'Meaning', 'Causes', 'Handling', 'Example', 'Clients', 'gRPC', 'Platforms', 'Constants', 'Related']);
	// Every code page: each jump link names an id that the page has.
	const broken: string[] = [];
	for (const code of CODES) {
		const html = await (await request.get(`/${code}/`)).text();
		const toc = html.match(/<nav aria-labelledby="toc-title"[^]*?<\/nav>/)?.[0] ?? '';
		const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
		if (targets.length < 4) broken.push(`${code}: ${targets.length} links`);
		for (const id of targets) if (!html.includes(`id="${id}"`)) broken.push(`${code}: #${id}`);
	}
	expect(broken).toEqual([]);
});

test('on a phone, How to handle is one tap away', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/429/');
	const jump = page.getByRole('navigation', { name: 'On this page' });
	expect((await jump.boundingBox())!.y).toBeLessThan(844);
	await jump.getByRole('link', { name: 'Handling' }).click();
	await expect(page).toHaveURL(/#how-to-handle$/);
	await expect(page.getByRole('heading', { name: 'How to handle' })).toBeInViewport();
});

test('at 1280 px the jump list sits right of the article and stays in view to the end', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/503/');
	const jump = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Related' });
	const article = (await page.locator('article').boundingBox())!;
	expect((await jump.boundingBox())!.x).toBeGreaterThanOrEqual(article.x + article.width);
	await page.getByRole('heading', { name: 'Related codes' }).scrollIntoViewIfNeeded();
	await expect(jump).toBeInViewport();
});

test('a related card is one link, named by its code alone, that the whole card opens', async ({ page }) => {
	await page.goto('/404/');
	const related = page.getByRole('region', { name: 'Related codes' });
	const link = related.getByRole('link', { name: '410 Gone', exact: true });
	await expect(link).toHaveAttribute('href', '/410/');
	const card = related.getByRole('listitem').filter({ has: page.getByRole('link', { name: '410 Gone', exact: true }) });
	await card.scrollIntoViewIfNeeded();
	const box = (await card.boundingBox())!;
	// The description, well away from the link text, opens the code too.
	await page.mouse.click(box.x + box.width - 12, box.y + box.height - 8);
	await expect(page).toHaveURL(/\/410\/$/);
});

test.describe('search keys off the index', () => {
	test('/ on a code page opens the index with the search box asked for', async ({ page }) => {
		await page.goto('/503/');
		await page.keyboard.press('/');
		// The index focuses its box for #search, then drops the hash so Back and bookmarks stay clean.
		await expect(page.locator('#code-search')).toBeFocused();
		await expect(page).toHaveURL(/\/$/);
	});

	test('Ctrl+K and ⌘+K on a guide open the index too', async ({ page }) => {
		for (const key of ['Control+k', 'Meta+k']) {
			await page.goto('/guides/retries/');
			await page.keyboard.press(key);
			await expect(page.locator('#code-search')).toBeFocused();
		}
	});

	test('typing / in a field or while an input method composes leaves the page alone', async ({ page }) => {
		await page.goto('/constants/');
		await page.evaluate(() => document.querySelector('main')!.prepend(document.createElement('textarea')));
		await page.locator('textarea').focus();
		await page.keyboard.press('/');
		await page.locator('textarea').blur();
		await page.evaluate(() =>
			document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', isComposing: true, bubbles: true })),
		);
		await page.waitForTimeout(200);
		await expect(page).toHaveURL(/\/constants\/$/);
		await expect(page.locator('textarea')).toHaveValue('/');
	});
});

/** Every visible link and button with the box a tap would hit: a card link's ::after covers its card. */
async function tapTargets(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('a, button')].flatMap((el) => {
			const own = el.getBoundingClientRect();
			if (own.width <= 1 || own.height <= 1 || getComputedStyle(el).visibility === 'hidden') return [];
			// Inline links inside running text (markdown prose, sentences, the footer) are exempt, as
			// WCAG 2.5.5 exempts them: making them 44 px tall would tear the lines apart.
			if (el.closest('.prose-code, p, footer')) return [];
			const cover = getComputedStyle(el, '::after').position === 'absolute' ? el.offsetParent : null;
			const box = (cover ?? el).getBoundingClientRect();
			return [{ name: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, height: Math.round(box.height) }];
		}),
	);
}

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('every link and button outside running text is at least 44 px tall', async ({ page }) => {
		const small: string[] = [];
		for (const path of ['/503/', '/499/', '/418/', `/${CODES[0]}/`, `/${CODES.at(-1)}/`, '/guides/401-vs-403/']) {
			await page.goto(path);
			for (const target of await tapTargets(page)) if (target.height < 44) small.push(`${path} ${target.name}: ${target.height}px`);
		}
		expect(small).toEqual([]);
	});
});
