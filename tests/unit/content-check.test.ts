import { describe, expect, it } from 'vitest';
import { checkBody, checkContent, splitFrontmatter } from '../../src/lib/content-check';
import { checkContentFolder } from '../../src/integrations/content-check';

const BODY = `
## What it means

Text.

## Common causes

- A cause.

## How to handle

**Client side:** advice.

**Server side:** advice.

## Example

\`\`\`http
GET / HTTP/1.1
Host: example.test

HTTP/1.1 200 OK
\`\`\`
`;

describe('the content rules', () => {
	it('find nothing wrong with the real content, guides and constants tables', () => {
		expect(checkContentFolder('content', 'src/data/constants')).toEqual([]);
	});

	it('accept a complete body, HTML inside code, autolinks and a log line after the exchange', () => {
		const body = BODY.replace('Text.', 'Text with `<script>` and <https://example.test/> in it.').concat('\n```text\n10.0.0.1 - - "GET /" 444 0\n```\n');
		expect(checkBody('x.md', body)).toEqual([]);
	});

	it.each([
		['sections out of order', BODY.replace('## Common causes', '## Later').replace('## What it means', '## Common causes').replace('## Later', '## What it means'), 'sections must be exactly'],
		['a section twice', `${BODY}\n## Example\n\nMore.\n`, 'sections must be exactly'],
		['no server side', BODY.replace('**Server side:**', 'Server side:'), 'needs a **Server side:** paragraph'],
		['two http blocks', `${BODY}\n\`\`\`http\nGET / HTTP/1.1\n\`\`\`\n`, 'needs exactly one ```http block'],
		['an unlabelled fence', BODY.replace('```http', '```'), '(found ```(no language))'],
		['an iframe', BODY.replace('Text.', 'Text.\n\n<iframe src="https://x.test"></iframe>'), 'found "<iframe" on line 6'],
		['an HTML comment', BODY.replace('Text.', '<!-- hidden -->'), 'found "<!--"'],
		['an event handler in a tag', BODY.replace('Text.', '<img src=x onerror=alert(1)>'), 'found "<img"'],
	])('reject %s', (_, body, message) => {
		expect(checkBody('x.md', body).join('\n')).toContain(message);
	});

	it('read CRLF files like LF ones', () => {
		expect(splitFrontmatter('---\r\ncode: 200\r\n---\r\nbody\r\n')).toEqual({ yaml: 'code: 200', body: 'body\n', bodyLine: 4 });
		expect(splitFrontmatter('no frontmatter')).toBeNull();
	});

	it('name the field of a duplicate YAML key and of a tab-indented line', () => {
		const file = (yaml: string) => ({ path: 'content/200.md', text: `---\n${yaml}\n---\n${BODY}` });
		expect(checkContent([file('code: 200\nname: OK\nname: Again')])[0]).toMatch(/^content\/200\.md: name: YAML error on line 4: /);
		expect(checkContent([file('code: 200\nspec:\n\ttitle: x')])[0]).toMatch(/^content\/200\.md: spec: YAML error on line/);
	});

	it('report a constants table entry and a guide code that have no page', () => {
		const page = { path: 'content/200.md', text: `---\n${'code: 200\nname: OK\nsummary: A fixture summary that is long enough to pass the summary length rule.\nshort: "Fixture one-liner"\nspec:\n  title: RFC 9110 §15.3.1\n  url: https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1'}\n---\n${BODY}` };
		const guide = { path: 'content/guides/g.md', text: '---\ntitle: "A fixture guide title"\ndescription: A fixture guide description that is long enough for the schema rule.\ncodes: [200, 201]\norder: 1\n---\nText.\n' };
		expect(checkContent([page], [guide], [{ path: 'src/data/constants/go.json', codes: [200, 299] }])).toEqual([
			'content/guides/g.md: codes: code 201 has no content file',
			'src/data/constants/go.json: constants: code 299 has no content file',
		]);
	});

	it('report a file without frontmatter, and a file that is not <code>.md', () => {
		expect(checkContent([{ path: 'content/200.md', text: BODY }])).toEqual(['content/200.md: frontmatter: the file must start with a --- YAML block ---']);
		expect(checkContent([{ path: 'content/teapot.md', text: '' }])[0]).toMatch(/^content\/teapot\.md: file name: /);
	});
});
