import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from './dist-files';
import { watchForTrouble } from './helpers';

const FIXTURES = new URL('../fixtures/explain/', import.meta.url);
const fixture = (path: string) => readFileSync(new URL(path, FIXTURES), 'utf8');

/** Opens /explain/ and waits for its island to hydrate. */
async function openExplain(page: Page): Promise<void> {
	await page.goto('/explain/');
	await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

const input = (page: Page) => page.getByRole('textbox', { name: /paste a response/i });
const cards = (page: Page) => page.locator('article.explain-card');

/** Pastes text the way a reader does (one input event), then waits for the result or the message. */
async function paste(page: Page, text: string): Promise<void> {
	await input(page).fill(text);
	await expect(page.locator('#explain-summary, .explain-problem').first()).toBeVisible();
}

const CURL_I = `HTTP/1.1 405 METHOD NOT ALLOWED
Server: Werkzeug/3.0.1 Python/3.12.2
Content-Type: text/html; charset=utf-8
Content-Length: 153

<p>The method is not allowed for the requested URL.</p>
`;

test('a pasted curl -i transcript gets a card: code linked, format, sender, broken requirement, next step', async ({ page }) => {
	const trouble = watchForTrouble(page);
	await openExplain(page);
	await paste(page, CURL_I);
	const card = cards(page).first();
	await expect(card.getByRole('heading', { level: 3 })).toHaveText('405 Method Not Allowed');
	await expect(card.getByRole('link', { name: '405 Method Not Allowed' })).toHaveAttribute('href', '/405/');
	await expect(card).toContainText('HTTP/1.x response (raw, or curl -i)');
	await expect(card).toContainText('Your application (the origin)');
	await expect(card).toContainText('The 405 response has no Allow header.');
	await expect(card.locator('.cite summary')).toHaveText('RFC 9110 §15.5.6 (MUST)');
	await card.locator('.cite summary').click();
	await expect(card.getByRole('link', { name: 'Read the section' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6');
	await expect(card).toContainText('Next step: Add an Allow header');
	await expect(page.getByRole('status').filter({ hasText: 'explained' })).toHaveText('1 status explained.');
	expect(trouble).toEqual([]);
});

test('analysis makes no network request, and the page logs no error (a CSP violation would)', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	await openExplain(page);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await paste(page, fixture('envoy/envoy-default.log'));
	await expect(cards(page)).toHaveCount(5);
	await input(page).fill(fixture('har/status-0-and-minus-1.har'));
	await expect(page.locator('#explain-summary')).toContainText('HAR file');
	await page.waitForTimeout(300);
	expect(requests).toEqual([]);
	expect(errors).toEqual([]);
});

const PLANTED = {
	authorization: 'FAKEauthHEADERtoken1',
	cookie: 'FAKEcookieVALUE2',
	setCookie: 'FAKEsetCOOKIE3',
	accessToken: 'FAKEaccessTOKEN4',
	amzSignature: 'FAKEamzSIGNATURE5',
	bodyBearer: 'FAKEbodyBEARER6',
};

const SECRET_TRANSCRIPT = `> GET /report?access_token=${PLANTED.accessToken}&X-Amz-Signature=${PLANTED.amzSignature} HTTP/1.1
> Host: api.example.com
> Authorization: Bearer ${PLANTED.authorization}
> Cookie: session=${PLANTED.cookie}
>
< HTTP/1.1 401 Unauthorized
< Set-Cookie: session=${PLANTED.setCookie}; Path=/; HttpOnly
< Content-Type: application/json
<
{"error":"expired","hint":"send Authorization: Bearer ${PLANTED.bodyBearer}"}
`;

/** The page's markup plus every text node and attribute outside the textarea the reader typed into. */
const renderedText = (page: Page) =>
	page.evaluate(() => {
		const clone = document.documentElement.cloneNode(true) as HTMLElement;
		return clone.outerHTML + document.body.innerText;
	});

test('planted secrets never reach the DOM, pasted or dropped', async ({ page }) => {
	await openExplain(page);
	await paste(page, SECRET_TRANSCRIPT);
	await expect(cards(page).first()).toContainText('401 Unauthorized');
	await cards(page).first().locator('details.explain-raw summary').click();
	let html = await renderedText(page);
	for (const [name, secret] of Object.entries(PLANTED)) expect(html, name).not.toContain(secret);
	// The card does show the request line, headers and body: masked, not left out.
	for (const shown of ['access_token=[masked]&amp;X-Amz-Signature=[masked]', 'Set-Cookie: session=[masked]; Path=/; HttpOnly', 'Bearer [masked]'])
		expect(html).toContain(shown);
	await expect(page.locator('#explain-summary')).toContainText('secrets masked');

	await dropFile(page, 'planted-secrets.har', fixture('har/planted-secrets.har'));
	await expect(page.locator('#explain-summary')).toContainText('2 statuses found');
	await cards(page).first().locator('details.explain-raw summary').click();
	html = await renderedText(page);
	expect(html).toContain('access_token=[masked]&amp;page=2');
	for (const secret of ['FAKEqueryTOKEN123', 'FAKEbearerTOKEN456', 'FAKEcookieVALUE789', 'FAKEsetcookieVALUE', 'FAKEbodyTOKEN000', 'FAKEinbodyBEARER1'])
		expect(html, secret).not.toContain(secret);
});

/** Drops a file on the explainer as a browser does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, name: string, content: string | number[]): Promise<void> {
	const dataTransfer = await page.evaluateHandle(
		({ name, content }) => {
			const transfer = new DataTransfer();
			const bytes = typeof content === 'string' ? content : new Uint8Array(content);
			transfer.items.add(new File([bytes], name));
			return transfer;
		},
		{ name, content },
	);
	await page.dispatchEvent('main form', 'dragover', { dataTransfer });
	await page.dispatchEvent('main form', 'drop', { dataTransfer });
}

test('a dropped HAR and a chosen log file are explained, the file name shown instead of its text', async ({ page }) => {
	await openExplain(page);
	await dropFile(page, 'session.har', fixture('har/internal-redirect-and-cache.har'));
	await expect(cards(page)).toHaveCount(3);
	await expect(page.getByText('File: session.har')).toBeVisible();
	await expect(input(page)).toHaveValue('');
	await page.getByLabel('Choose a file').setInputFiles({ name: 'router.log', mimeType: 'text/plain', buffer: Buffer.from(fixture('heroku-router/heroku-h12-h10.log')) });
	await expect(page.locator('#explain-summary')).toContainText('Heroku router log: 3 statuses found');
	await expect(page.locator('#explain-summary')).toContainText('1 line did not look like Heroku router log');
});

test('each bad input gets its message, and none raises a page error', async ({ page }) => {
	const trouble = watchForTrouble(page);
	await openExplain(page);
	const problem = page.locator('.explain-problem');

	await page.getByRole('button', { name: 'Explain' }).click();
	await expect(problem).toHaveText(/Nothing to explain yet/);

	await dropFile(page, 'capture.har.gz', [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);
	await expect(problem).toHaveText(/gzip archive/);

	await dropFile(page, 'screenshot.txt', [0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]);
	await expect(problem).toHaveText(/binary file/);

	await paste(page, fixture('har/truncated-after-two.har').slice(0, 260));
	await expect(problem).toHaveText(/cut off before its first complete entry/);

	await paste(page, fixture('har/truncated-after-two.har'));
	await expect(page.locator('#explain-summary')).toContainText('This HAR file is cut off');

	await paste(page, '{"data":[1,2,3],"ok":true}');
	await expect(problem).toHaveText(/JSON, but not a HAR file/);

	await paste(page, 'just some words, no status here');
	await expect(problem).toHaveText(/No HTTP status found/);
	expect(trouble).toEqual([]);
});

test('a 10 MB log is read in chunks with progress, and the page stays responsive', async ({ page }) => {
	test.setTimeout(90_000);
	const trouble = watchForTrouble(page);
	await openExplain(page);
	await page.evaluate(() => {
		const seen = ((window as unknown as { seen: string[] }).seen = [] as string[]);
		new MutationObserver(() => {
			const status = document.querySelector('.explain-status')?.textContent ?? '';
			if (/Reading… \d+%/.test(status) && document.querySelector('progress')) seen.push(status);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	const line = (i: number) => `203.0.113.${i % 250} - - [02/Mar/2026:10:00:00 +0000] "GET /item/${i} HTTP/1.1" ${i % 50 ? 200 : 502} 512 "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"\n`;
	let text = '';
	for (let i = 0; text.length < 10 * 1024 * 1024; i++) text += line(i);
	await page.getByLabel('Choose a file').setInputFiles({ name: 'access.log', mimeType: 'text/plain', buffer: Buffer.from(text) });
	await expect(page.locator('#explain-summary')).toContainText('nginx or Apache access log', { timeout: 60_000 });
	const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	expect(seen.some((s) => /Reading… ([1-9]\d?)%/.test(s)), seen.join(' | ')).toBe(true);
	await expect(cards(page).first().getByRole('heading', { level: 3 })).toHaveText(/^502 Bad Gateway/);
	expect(trouble).toEqual([]);
});

test('cards link platform entries only where the entry exists', async ({ page }) => {
	await openExplain(page);
	await paste(page, fixture('heroku-router/heroku-h12-h10.log'));
	const link = page.locator('a[href="/heroku/h12/"]');
	await expect(link).toHaveCount(existsSync(join(DIST, 'heroku/h12/index.html')) ? 1 : 0);
	// Every link a card shows resolves in the build.
	for (const href of await page.locator('article.explain-card a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
		if (href.startsWith('/')) expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
	}
});

test('every page links the explainer from the header', async ({ page }) => {
	for (const path of ['/', '/503/']) {
		await page.goto(path);
		await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Explain' })).toHaveAttribute('href', '/explain/');
	}
});

test('the explainer with results, a problem and open citations has no serious axe issue', async ({ page }) => {
	await openExplain(page);
	const check = async (label: string) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(serious.map((v) => `${label} [${scheme}] ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		}
	};
	await check('empty');
	await paste(page, fixture('combined/nginx-combined.log'));
	await paste(page, CURL_I);
	await page.locator('summary').first().click();
	await check('results');
	await paste(page, '{"not":"har"}');
	await check('problem');
});

test('after the worker installs, the explainer works offline', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active!;
		if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)));
	});
	await context.setOffline(true);
	await openExplain(page);
	await paste(page, fixture('alb/alb-502-and-200.log'));
	await expect(cards(page).first()).toContainText('AWS Application Load Balancer');
});

test('on a 390 px phone the results fit without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openExplain(page);
	await paste(page, fixture('alb/alb-460-504-503.log'));
	await paste(page, fixture('curl-v/cloudfront-403-generated.txt'));
	await page.locator('details summary').first().click();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
