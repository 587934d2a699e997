import { expect, test } from '@playwright/test';
import { openIndex, resultLinks, searchBox } from './helpers';
import { CODES } from './site-data';

test('/ focuses the search box from anywhere on the page', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).blur();
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(searchBox(page)).toBeFocused();
	await expect(searchBox(page)).toHaveValue('');
});

test('/ typed into another field stays in that field', async ({ page }) => {
	await openIndex(page);
	await page.evaluate(() => {
		const other = document.createElement('input');
		other.id = 'other-field';
		other.setAttribute('aria-label', 'Other field');
		document.querySelector('main')!.append(other);
	});
	await page.getByLabel('Other field').pressSequentially('a/b');
	await expect(page.getByLabel('Other field')).toHaveValue('a/b');
	await expect(page.getByLabel('Other field')).toBeFocused();
});

test('Ctrl+K focuses the box; other Ctrl combinations do not', async ({ page }) => {
	await openIndex(page);
	await page.locator('h1').click();
	await page.keyboard.press('Control+/');
	await expect(searchBox(page)).not.toBeFocused();
	await page.keyboard.press('Control+k');
	await expect(searchBox(page)).toBeFocused();
});

test('Enter opens the top result', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('teapot');
	await expect(resultLinks(page).first()).toHaveText(/^418/);
	await searchBox(page).press('Enter');
	await expect(page).toHaveURL(/\/418\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('418 (Unused)');
});

test('arrow keys move through the results and back to the box', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('50');
	await searchBox(page).press('ArrowDown');
	await expect(resultLinks(page).nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(resultLinks(page).nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(searchBox(page)).toBeFocused();
});

test('Escape clears the query', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('gateway');
	await expect(page).toHaveURL(/\?q=gateway/);
	await searchBox(page).press('Escape');
	await expect(searchBox(page)).toHaveValue('');
	await expect(page).toHaveURL(/\/$/);
});

test('the result count is announced politely', async ({ page }) => {
	await openIndex(page);
	await searchBox(page).fill('4xx');
	const status = page.locator('[role="status"][aria-live="polite"]').filter({ hasText: /results?$/ });
	await expect(status).toHaveText(`${CODES.filter((c) => c >= 400 && c < 500).length} results`);
	await searchBox(page).fill('418');
	await expect(status).toHaveText('1 result');
});

test.describe('keys while an input method composes text', () => {
	/** Sends a key the way a browser does while an IME composes: isComposing, keyCode 229. */
	const composingKey = (page: import('@playwright/test').Page, key: string) =>
		page.locator('#code-search').evaluate((box, key) => {
			box.dispatchEvent(new KeyboardEvent('keydown', { key, isComposing: true, keyCode: 229, bubbles: true, cancelable: true }));
		}, key);

	test('the Enter that commits the text does not open a result, Esc keeps the query, ↓ stays in the box', async ({ page }) => {
		await openIndex(page);
		await searchBox(page).fill('gateway');
		await expect(resultLinks(page).first()).toHaveText(/^50[24]/);
		await composingKey(page, 'Enter');
		await composingKey(page, 'Escape');
		await composingKey(page, 'ArrowDown');
		await page.waitForTimeout(300);
		await expect(page).toHaveURL(/\/\?q=gateway$/);
		await expect(searchBox(page)).toHaveValue('gateway');
		await expect(searchBox(page)).toBeFocused();
		// Once composition ends, the same keys work again.
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(/\/50[24]\/$/);
	});

	test('a real composition through the browser commits its text without navigating', async ({ page }) => {
		await openIndex(page);
		await searchBox(page).focus();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.imeSetComposition', { text: 'gateway', selectionStart: 7, selectionEnd: 7 });
		await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
		await cdp.send('Input.insertText', { text: 'gateway' });
		await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
		await expect(searchBox(page)).toHaveValue('gateway');
		await page.waitForTimeout(300);
		await expect(page).toHaveURL(/\/(\?q=gateway)?$/);
	});
});

test('Ctrl+K focuses the box on a Russian or Greek layout, where the K key types л or κ', async ({ page }) => {
	await openIndex(page);
	for (const key of ['л', 'κ']) {
		await page.locator('h1').click();
		await expect(searchBox(page)).not.toBeFocused();
		await page.evaluate((key) => {
			document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code: 'KeyK', ctrlKey: true, bubbles: true, cancelable: true }));
		}, key);
		await expect(searchBox(page), key).toBeFocused();
	}
	// A Latin layout that puts K elsewhere (Dvorak: the KeyK position types t) follows the letter.
	await page.locator('h1').click();
	await page.evaluate(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 't', code: 'KeyK', ctrlKey: true, bubbles: true })));
	await expect(searchBox(page)).not.toBeFocused();
});

test('repeated and spelled-out URL parameters are read, then written back in canonical form', async ({ page }) => {
	await openIndex(page, '/?class=4xx&class=5xx&official=true');
	await expect(page.getByRole('button', { name: /^4xx\b/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: /^5xx\b/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: 'Official only' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/\/\?class=4xx,5xx&official=1$/);
});

test('the not-found suggestion drops control and bidi characters taken from the address', async ({ page }) => {
	await page.goto('/%E2%80%AEexe.gnp%00/');
	const link = page.getByRole('link', { name: /^Search for/ });
	await expect(link).toHaveText('Search for “exe gnp”');
	expect(await link.getAttribute('href')).toBe('/?q=exe+gnp');
});
