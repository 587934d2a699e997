import { describe, expect, test } from 'vitest';
import { explain, explainChunked } from '../../src/lib/explain/explain';
import { maskHeaderValue, maskText, MASK } from '../../src/lib/explain/mask';
import { checkSpec, retryAfterForm } from '../../src/lib/explain/spec-checks';
import { sniffBinary, looksBinary, MAX_INPUT_BYTES, PROBLEMS } from '../../src/lib/explain/detect';
import { netErrorSlug, readHar } from '../../src/lib/explain/parse-har';
import { nextStep } from '../../src/lib/explain/next-step';
import { MAX_CARDS } from '../../src/lib/explain/summary';
import type { Header, Observation } from '../../src/lib/explain/types';

const SECRETS = ['s3cr3tBearer', 'cookieV4lue', 'setC00kieV4l', 'qT0ken', 'amzS1g', 'b0dyT0ken', 'basicP4ss'];

describe('masking', () => {
	const transcript = [
		'> GET /files?access_token=qT0ken&X-Amz-Signature=amzS1g&page=2 HTTP/1.1',
		'> Authorization: Bearer s3cr3tBearer',
		'> Cookie: sid=cookieV4lue; theme=dark',
		'< HTTP/1.1 200 OK',
		'< Set-Cookie: sid=setC00kieV4l; Path=/; HttpOnly',
		'<',
		'{"token_type":"bearer","note":"use Bearer b0dyT0kenb0dyT0ken","url":"https://bob:basicP4ss@example.com/"}',
	].join('\n');

	test('no planted secret survives, and what is not secret stays', () => {
		const { text, count } = maskText(transcript);
		for (const secret of SECRETS) expect(text).not.toContain(secret);
		expect(text).toContain('Authorization: Bearer [masked]');
		expect(text).toContain('Cookie: sid=[masked]; theme=[masked]');
		expect(text).toContain('Set-Cookie: sid=[masked]; Path=/; HttpOnly');
		expect(text).toContain('page=2');
		expect(count).toBeGreaterThanOrEqual(7);
	});

	test('HAR name/value pairs, cookie arrays, query arrays and escaped JSON bodies are masked and the JSON stays valid', () => {
		const har = JSON.stringify({
			log: {
				entries: [
					{
						request: {
							headers: [{ name: 'Proxy-Authorization', value: 'Basic cHJveHk6c2VjcmV0' }, { value: 'x', name: 'X-Api-Key' }],
							cookies: [{ name: 'sid', value: 'cookieV4lue', path: '/' }],
							queryString: [{ name: 'api_key', value: 'qT0ken' }],
						},
						response: { content: { text: '{"access_token":"b0dyT0ken","ok":true}' } },
					},
				],
			},
		});
		const { text } = maskText(har);
		expect(() => JSON.parse(text)).not.toThrow();
		for (const secret of ['cHJveHk6c2VjcmV0', 'cookieV4lue', 'qT0ken', 'b0dyT0ken']) expect(text).not.toContain(secret);
		expect(JSON.parse(text).log.entries[0].request.headers[1].value).toBe(MASK);
		expect(JSON.parse(text).log.entries[0].request.cookies[0].name).toBe('sid');
	});

	test('a header mentioned inside a minified JSON string masks only its own value', () => {
		const { text } = maskText('{"a":"x Authorization: Bearer s3cr3tBearer","b":"keep me"}');
		expect(text).not.toContain('s3cr3tBearer');
		expect(JSON.parse(text).b).toBe('keep me');
	});

	test('cookie columns of W3C logs are masked, the next chunk too', () => {
		const state = { cookieColumns: [] as number[] };
		maskText('#Fields: date cs(Cookie) sc-status', state);
		expect(maskText('2026-03-02 sid=cookieV4lue 200', state).text).toBe('2026-03-02 [masked] 200');
	});

	test('JWTs and AWS access key ids are masked anywhere', () => {
		const { text } = maskText('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl key AKIAABCDEFGHIJKLMNOP');
		expect(text).toBe('token [masked] key [masked]');
	});

	test('maskHeaderValue keeps the scheme, cookie names and attributes only', () => {
		expect(maskHeaderValue('authorization', 'Basic dXNlcjpwYXNz')).toBe('Basic [masked]');
		expect(maskHeaderValue('Authorization', 'rawtoken')).toBe(MASK);
		expect(maskHeaderValue('Set-Cookie', 'a=b; Secure')).toBe('a=[masked]; Secure');
		expect(maskHeaderValue('X-Auth-Token', 'abc')).toBe(MASK);
	});

	test('a report never holds a planted secret, whatever the format', () => {
		const report = JSON.stringify(explain(transcript));
		for (const secret of SECRETS) expect(report).not.toContain(secret);
		// The card keeps the request line, headers and body, masked.
		for (const shown of ['access_token=[masked]', 'Set-Cookie', 'sid=[masked]; Path=/', 'Bearer [masked]']) expect(report).toContain(shown);
		expect(explain(transcript).masked).toBeGreaterThanOrEqual(7);
	});

	test('Heroku code= fields and ALB fields are not mistaken for secrets', () => {
		const line = 'heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/" status=503';
		expect(maskText(line).text).toBe(line);
	});
});

const obs = (status: number, headers: Header[], extra: Partial<Observation> = {}): Observation => ({
	status,
	format: 'http1',
	line: 1,
	excerpt: '',
	headers,
	...extra,
});
const ids = (o: Observation) => checkSpec(o).map((v) => v.id);

describe('spec checks', () => {
	test('405 without Allow breaks RFC 9110 §15.5.6 (MUST); with Allow it does not', () => {
		const [v] = checkSpec(obs(405, []));
		expect(v.id).toBe('405-without-allow');
		expect(v.level).toBe('MUST');
		expect(v.cite.label).toBe('RFC 9110 §15.5.6');
		expect(v.cite.quote).toContain('MUST generate an Allow header field');
		expect(ids(obs(405, [['allow', 'GET']]))).toEqual([]);
	});

	test('401 without WWW-Authenticate, 407 without Proxy-Authenticate', () => {
		expect(ids(obs(401, []))).toEqual(['401-without-www-authenticate']);
		expect(ids(obs(401, [['WWW-Authenticate', 'Bearer']]))).toEqual([]);
		expect(ids(obs(407, []))).toEqual(['407-without-proxy-authenticate']);
	});

	test('a 3xx redirect without Location (SHOULD), but not 304 or 300', () => {
		for (const code of [301, 302, 307, 308]) expect(checkSpec(obs(code, []))[0]).toMatchObject({ id: `${code}-without-location`, level: 'SHOULD' });
		expect(ids(obs(303, []))).toEqual(['303-without-location']);
		expect(ids(obs(302, [['Location', '/x']]))).toEqual([]);
		expect(ids(obs(304, []))).toEqual([]);
		expect(ids(obs(300, []))).toEqual([]);
	});

	test('206 needs Content-Range unless it is multipart/byteranges', () => {
		expect(ids(obs(206, []))).toEqual(['206-without-content-range']);
		expect(ids(obs(206, [['Content-Range', 'bytes 0-9/100']]))).toEqual([]);
		expect(ids(obs(206, [['Content-Type', 'multipart/byteranges; boundary=x']]))).toEqual([]);
	});

	test('204 and 304 with content; 204 with Content-Length', () => {
		expect(ids(obs(204, [], { hasContent: true }))).toEqual(['204-with-content']);
		expect(ids(obs(304, [], { hasContent: true }))).toEqual(['304-with-content']);
		expect(ids(obs(304, [['Content-Length', '120']]))).toEqual([]);
		expect(ids(obs(204, [['Content-Length', '0']]))).toEqual(['204-with-content-length']);
		expect(ids(obs(200, [['Content-Length', '5']], { hasContent: true }))).toEqual([]);
	});

	test('Retry-After must be seconds or an HTTP-date, and a sender writes IMF-fixdate', () => {
		expect(retryAfterForm('120')).toBe('seconds');
		expect(retryAfterForm('Wed, 21 Oct 2026 07:28:00 GMT')).toBe('imf-fixdate');
		expect(retryAfterForm('Wednesday, 21-Oct-26 07:28:00 GMT')).toBe('obsolete-date');
		expect(retryAfterForm('Wed Oct 21 07:28:00 2026')).toBe('obsolete-date');
		for (const bad of ['120s', '-1', '1.5', 'Wed, 21 Oct 2026 07:28:00 +0000', 'soon', ''])
			expect(retryAfterForm(bad), bad).toBe('invalid');
		expect(ids(obs(503, [['Retry-After', '1.5']]))).toEqual(['retry-after-invalid']);
		expect(ids(obs(429, [['Retry-After', 'Wed Oct 21 07:28:00 2026']]))).toEqual(['retry-after-obsolete-date']);
		expect(ids(obs(503, [['Retry-After', '30']]))).toEqual([]);
	});

	test('log lines without headers and non-HTTP statuses are not judged', () => {
		expect(checkSpec({ status: 405, format: 'combined', line: 1, excerpt: '' })).toEqual([]);
		expect(checkSpec(obs(0, []))).toEqual([]);
	});
});

describe('bad input', () => {
	test('empty and blank input asks for something to explain', () => {
		expect(explain('').problem?.kind).toBe('empty');
		expect(explain(' \n\t\n').problem?.kind).toBe('empty');
	});

	test('binary text and binary bytes are refused with a message', () => {
		expect(explain('PK\u0003\u0004\u0000\u0000binary').problem?.kind).toBe('binary');
		expect(looksBinary('plain text\nwith lines')).toBe(false);
		expect(looksBinary(`${'a long text line '.repeat(200)}\u0000`)).toBe(true);
		expect(sniffBinary(new Uint8Array([0x1f, 0x8b, 8, 0]))).toMatch(/gzip/);
		expect(sniffBinary(new Uint8Array([0x50, 0x4b, 3, 4]))).toMatch(/zip/);
		expect(sniffBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toMatch(/PNG/);
		expect(sniffBinary(new TextEncoder().encode('HTTP/1.1 200 OK\r\n'))).toBeNull();
		expect(sniffBinary(new Uint8Array([72, 0, 84]))).toBe(PROBLEMS.binary);
	});

	test('JSON that is not a HAR says so', () => {
		expect(explain('{"hello":"world"}').problem?.kind).toBe('not-har');
		expect(explain('[{"a":1}]').problem?.kind).toBe('not-har');
	});

	test('a HAR cut off before any entry says it is truncated; one cut later keeps its complete entries', () => {
		expect(explain('{"log":{"version":"1.2","entries":[{"request":{"method":"GET"').problem?.kind).toBe('truncated');
		const cut = '{"log":{"entries":[{"response":{"status":404}},{"response":{"status":500}},{"response":{"sta';
		const report = explain(cut);
		expect(report.items.map((i) => i.status)).toEqual([404, 500]);
		expect(report.notes[0]).toMatch(/cut off/);
		expect(readHar(cut)?.truncated).toBe(true);
		expect(readHar('{"log":{"entries":[]}}')).toEqual({ entries: [], truncated: false });
	});

	test('text with no status says what is understood', () => {
		expect(explain('hello world').problem?.kind).toBe('unrecognised');
		expect(explain('hello world').problem?.message).toMatch(/curl -i/);
	});

	test('inputs over the limit are refused without being read', () => {
		expect(explain('x'.repeat(MAX_INPUT_BYTES + 1)).problem?.kind).toBe('too-large');
	});

	test('lines of another shape are skipped and counted', () => {
		const report = explain('203.0.113.1 - - [02/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "x"\nnot a log line\n');
		expect(report.items).toHaveLength(1);
		expect(report.notes).toEqual(['1 line did not look like nginx or Apache access log (combined or common) and was skipped.']);
	});
});

describe('who sent it', () => {
	const senderOf = (text: string) => explain(text).cards[0].sender;

	test('body evidence beats headers: a Cloudflare block page that passed with cf-ray is Cloudflare\'s', () => {
		expect(senderOf('HTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8a1b2c3d4e5f6071-AMS\n\nerror code: 1020\n').id).toBe('cloudflare');
		expect(senderOf('HTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8a1b2c3d4e5f6071-AMS\n\n{"error":"no"}\n').id).toBe('origin');
	});

	test('Envoy answered by itself unless x-envoy-upstream-service-time says the upstream did', () => {
		expect(senderOf('HTTP/1.1 404 Not Found\nserver: envoy\n\n').id).toBe('envoy');
		expect(senderOf('HTTP/1.1 404 Not Found\nserver: envoy\nx-envoy-upstream-service-time: 3\n\n').id).toBe('origin');
		expect(senderOf('HTTP/1.1 200 OK\nserver: envoy\n\n').id).toBe('unknown');
	});

	test('an ALB line names the load balancer when no target answered, the target when it did', () => {
		const alb = (target: string, status: number, actions = 'forward') =>
			`https 2026-03-02T10:42:00.186641Z app/my-alb/50dc6c495c0c9188 203.0.113.80:2817 - -1 -1 -1 ${status} ${target} 34 366 "GET https://www.example.com:443/ HTTP/1.1" "curl/8.5.0" - - arn:x "Root=1-x" "-" "-" 0 2026-03-02T10:42:00.000000Z "${actions}" "-" "-" "-" "-" "-" "-"`;
		expect(senderOf(alb('-', 502)).evidence).toMatch(/no target answered, so the load balancer/);
		expect(senderOf(alb('-', 301, 'redirect')).evidence).toMatch(/actions_executed includes redirect/);
		expect(senderOf(alb('200', 502)).evidence).toMatch(/the target answered 200 but the load balancer sent 502/);
		expect(senderOf(alb('500', 500)).id).toBe('origin');
	});

	test('a W3C #Fields line re-maps the columns that follow it', () => {
		const log = '#Fields: sc-status sc-substatus sc-win32-status cs-method\n404 2 0 GET\n';
		expect(explain(log).cards[0].platform.map((p) => p.slug)).toEqual(['404.2']);
	});
});

describe('platform entries, next steps and summary', () => {
	test('net errors map to not-http slugs', () => {
		expect(netErrorSlug('net::ERR_HTTP2_PROTOCOL_ERROR')).toBe('err-http2-protocol-error');
		expect(netErrorSlug('nothing')).toBeUndefined();
		const report = explain(JSON.stringify({ log: { entries: [{ response: { status: 0, _error: 'net::ERR_ABORTED' } }] } }));
		expect(report.cards[0].platform.map((p) => p.slug)).toEqual(['canceled', '000']);
	});

	test('IIS sub-status and Win32 status become catalogue refs', () => {
		const report = explain('2026-03-02 10:00:00 10.0.0.1 GET / - 443 - 203.0.113.9 UA - 500 19 13 1\n');
		expect(report.cards[0].platform.map((p) => `${p.vendor}/${p.slug}`)).toEqual(['iis/500.19', 'iis/win32-13']);
	});

	test('a broken requirement decides the next step before anything else', () => {
		const report = explain('HTTP/1.1 405 Method Not Allowed\nServer: gunicorn\n\n');
		expect(report.cards[0].next).toMatch(/Allow header/);
		expect(nextStep({ status: 503, sender: 'heroku', platform: [{ vendor: 'heroku', slug: 'h12', id: 'H12' }], violations: [] })).toMatch(/background job/);
		expect(nextStep({ status: 503, sender: 'envoy', platform: [{ vendor: 'envoy', slug: 'uf', id: 'UF' }], violations: [] })).toMatch(/upstream connection failure/);
		expect(nextStep({ status: 502, sender: 'aws-alb', platform: [], violations: [] })).toMatch(/keep-alive/);
		expect(nextStep({ status: 500, sender: 'origin', platform: [], violations: [] })).toMatch(/Your application failed/);
		expect(nextStep({ status: 200, sender: 'unknown', platform: [], violations: [] })).toMatch(/succeeded/);
		expect(nextStep({ status: null, sender: 'cloudflare', platform: [], violations: [] })).toMatch(/Ray ID/);
	});

	test('many lines are grouped into cards with counts per code and per sender, worst first', () => {
		const line = (s: number) => `203.0.113.1 - - [02/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" ${s} 1 "-" "x"`;
		const report = explain([...Array(30).fill(line(200)), ...Array(5).fill(line(502)), line(499)].join('\n'));
		expect(report.byStatus).toEqual([[200, 30], [502, 5], [499, 1]]);
		expect(report.bySender).toEqual([['unknown', 35], ['nginx', 1]]);
		expect(report.cards.map((c) => [c.status, c.count])).toEqual([[502, 5], [499, 1], [200, 30]]);
		expect(report.cards[0].lines).toEqual([31, 32, 33, 34, 35]);
	});

	test('cards are capped, and the rest counted', () => {
		const lines = Array.from({ length: 80 }, (_, i) => `[2026-03-02T10:00:00.000Z] "GET /${i} HTTP/1.1" ${200 + i} - 0 0 1 - "-" "x" "id" "h" "10.0.0.1:80"`);
		const report = explain(lines.join('\n'));
		expect(report.cards).toHaveLength(MAX_CARDS);
		expect(report.moreCards).toBe(80 - MAX_CARDS);
		expect(report.items).toHaveLength(80);
	});
});

describe('the chunked variant', () => {
	test('gives the same report as explain(), reports progress up to 1 and yields between chunks', async () => {
		const text = Array.from({ length: 20000 }, (_, i) => `203.0.113.1 - - [02/Mar/2026:10:00:00 +0000] "GET /${i} HTTP/1.1" ${i % 7 ? 200 : 503} 1 "-" "x"`).join('\n');
		const progress: number[] = [];
		let ticks = 0;
		const timer = setInterval(() => ticks++, 0);
		const report = await explainChunked(text, { onProgress: (p) => progress.push(p) });
		clearInterval(timer);
		expect(report).toEqual(explain(text));
		expect(progress.length).toBeGreaterThanOrEqual(5);
		expect(progress.at(-1)).toBe(1);
		expect(progress).toEqual(progress.toSorted((a, b) => a - b));
		expect(ticks).toBeGreaterThan(0);
	});

	test('stops when its signal is aborted', async () => {
		const controller = new AbortController();
		const text = Array.from({ length: 20000 }, () => '203.0.113.1 - - [02/Mar/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1 "-" "x"').join('\n');
		const run = explainChunked(text, { signal: controller.signal, onProgress: () => controller.abort() });
		await expect(run).rejects.toThrow(/newer input/);
	});
});
