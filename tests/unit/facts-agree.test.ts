import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf, type RetryKind } from '../../src/lib/facts';
import { codeSchema } from '../../src/lib/schema';
import { readFolder } from './content-files';

// The facts box is derived; the bodies and guides are written. These tests hold them together.

const files = readFolder('content')
	.map((file) => ({ ...file, data: codeSchema.parse(file.frontmatter) }))
	.filter((file) => file.data.status !== 'unofficial');
const guide = (slug: string) => readFileSync(`content/guides/${slug}.md`, 'utf8');

/** Rows of the retries guide's table: the codes a row links, and its "Retry?" cell. */
function retryTable(text: string): { codes: number[]; answer: string }[] {
	return text
		.split('\n')
		.filter((line) => line.startsWith('| [') || line.startsWith('| [status'))
		.map((line) => {
			const [response, answer] = line.split('|').slice(1, 3);
			const codes = [...response.matchAll(/\(\.\.\/\.\.\/(\d+)\/\)/g)].map((m) => Number(m[1]));
			return { codes, answer: answer.trim() };
		});
}

/** What each answer of the guide's table allows, in the facts' terms. */
const ANSWERS: Record<string, RetryKind[]> = {
	yes: ['yes', 'idempotent-only'],
	'yes, after the wait': ['idempotent-only'],
	'yes, if the request is idempotent or carries an idempotency key': ['idempotent-only'],
	no: ['no'],
	once: ['after-change'],
	rarely: ['idempotent-only'],
	'not blindly': ['no'],
};

describe('the retries guide and the facts boxes', () => {
	const rows = retryTable(guide('retries')).filter((row) => !row.codes.includes(0));

	it('reads a table that covers the codes it discusses', () => {
		expect(rows.flatMap((row) => row.codes)).toEqual(expect.arrayContaining([408, 425, 429, 500, 502, 503, 504, 400, 401, 403, 404, 409, 422]));
	});

	it.each(rows.flatMap((row) => row.codes.map((code) => [code, row.answer] as [number, string])))('%i: the guide says "%s", and so does its facts box', (code, answer) => {
		expect(Object.keys(ANSWERS)).toContain(answer);
		expect(ANSWERS[answer]).toContain(factsOf(code).retry.value);
		if (answer === 'rarely') expect(factsOf(code).retry.text).toMatch(/^Rarely/);
	});

	it("retries in the guide's sample code exactly the codes the facts let a client retry on its own", () => {
		const sample = /const RETRYABLE = new Set\(\[([\d, ]+)\]\)/.exec(guide('retries'));
		expect(sample).not.toBeNull();
		const retryable = sample![1].split(',').map(Number);
		const automatic = files
			.map((f) => f.data.code)
			.filter((code) => ['yes', 'idempotent-only'].includes(factsOf(code).retry.value) && !/^Rarely/.test(factsOf(code).retry.text));
		// 421 is retried on another connection, which a fetch wrapper cannot choose: the sample leaves it out.
		expect(retryable).toEqual(automatic.filter((code) => code !== 421));
	});

	it('the gateway guide and the facts agree that POST and PATCH are not resent blindly', () => {
		expect(guide('502-503-504')).toMatch(/`POST` and `PATCH`:\*\* do not resend blindly/);
		for (const code of [502, 503, 504]) expect(factsOf(code).retry.value).toBe('idempotent-only');
	});
});

describe('the page bodies and their facts boxes', () => {
	it.each(files.map((f) => [f.data.code, f.body]))('%i: the body says "must not be stored" exactly when the facts say never', (code, body) => {
		const saysNever = /must not be\s+stored/i.test(body);
		const never = factsOf(code).caching.value === 'never' && code >= 200;
		expect(saysNever).toBe(never);
	});

	it.each(files.map((f) => [f.data.code, f.body]))('%i: the body names every header its facts require', (code, body) => {
		for (const h of factsOf(code).headers.filter((h) => h.level === 'MUST' || h.level === 'SHOULD')) {
			if (['Date', 'Cache-Control', 'Expires', 'Content-Location', 'Vary', 'Connection', 'Content-Type', 'Upload-Draft-Interop-Version'].includes(h.name)) continue;
			expect(body, `${code} ${h.name}`).toMatch(new RegExp(`\\b${h.name}\\b`, 'i'));
		}
	});

	it.each(files.map((f) => [f.data.code, f.body]))('%i: the example sends every header the facts say MUST be sent', (code, body) => {
		const example = /```http\n([\s\S]*?)```/.exec(body)?.[1] ?? '';
		const response = example.slice(example.search(new RegExp(`^HTTP/[\\d.]+ ${code}\\b`, 'm')));
		for (const h of factsOf(code).headers.filter((h) => h.level === 'MUST' && h.note !== 'each one a 200 would have carried')) {
			if (h.name === 'A-IM') continue; // a request header: checked in the request below
			if (h.name === 'Content-Type' && code === 206) continue; // only for multipart responses
			expect(response, `${code} ${h.name}`).toMatch(new RegExp(`^${h.name}:`, 'mi'));
		}
		if (code === 226) expect(example).toMatch(/^A-IM:/im);
	});

	it('calls no method safe that RFC 9110 §9.2.1 does not', () => {
		for (const { data, body } of files) {
			expect(body, String(data.code)).not.toMatch(/\bsafe,? (?:and )?idempotent (?:requests|methods) \([^)]*\b(?:PUT|DELETE)\b/i);
		}
	});
});
