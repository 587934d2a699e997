import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/schema';
import { meaningsOf } from '../../src/lib/meanings';
import { labelOf } from '../../src/lib/site';

const base = {
	summary: 'A summary that is long enough to pass the schema rule for summaries, fifty characters.',
	short: 'A short one-liner',
	keywords: ['x1'],
};

describe('copy labels', () => {
	it('are code and name for a registered code', () => {
		expect(labelOf(404, 'Not Found')).toBe('404 Not Found');
	});

	it('add the vendor to an unofficial name, which alone would read as standard', () => {
		expect(labelOf(522, 'Connection Timed Out', 'Cloudflare')).toBe('522 Connection Timed Out (Cloudflare)');
	});
});

describe('meaningsOf', () => {
	const standard = codeSchema.parse({
		...base,
		code: 451,
		name: 'Unavailable For Legal Reasons',
		spec: { title: 'RFC 7725 §3', url: 'https://www.rfc-editor.org/rfc/rfc7725#section-3' },
		unofficial: [
			{
				name: 'Redirect',
				vendor: 'Microsoft Exchange ActiveSync',
				summary: 'Exchange tells an ActiveSync client to use another server for this mailbox.',
				seeing: 'your phone syncs mail with an Exchange server that moved the mailbox.',
				source: { title: 'MS-ASHTTP', url: 'https://learn.microsoft.com/x' },
			},
		],
	});

	it('lists the registered meaning first, then the vendor ones with vendor labels', () => {
		const meanings = meaningsOf(standard);
		expect(meanings.map((m) => [m.official, m.label])).toEqual([
			[true, '451 Unavailable For Legal Reasons'],
			[false, '451 Redirect (Microsoft Exchange ActiveSync)'],
		]);
		expect(meanings[0].link.url).toContain('rfc7725');
	});

	it('links an unofficial main meaning to its source and keeps its verified flag', () => {
		const data = codeSchema.parse({
			...base,
			code: 218,
			name: 'This is fine',
			status: 'unofficial',
			vendor: 'Apache',
			source: { title: 'A secondary source', url: 'https://example.org/218' },
			seeing: 'a proxy passed an error through with ProxyErrorOverride on.',
			verified: false,
		});
		const [main] = meaningsOf(data);
		expect(main).toMatchObject({ official: false, verified: false, label: '218 This is fine (Apache)' });
		expect(main.link.url).toBe('https://example.org/218');
	});

	it('rejects vendor fields on a registered code', () => {
		const result = codeSchema.safeParse({
			...base,
			code: 404,
			name: 'Not Found',
			spec: { title: 'RFC 9110 §15.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5' },
			vendor: 'nginx',
		});
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['vendor']);
	});

	it('allows code 0 only as an unofficial entry', () => {
		const result = codeSchema.safeParse({
			...base,
			code: 0,
			name: 'No Response',
			spec: { title: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110' },
		});
		expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('status');
	});
});
