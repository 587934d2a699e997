import { describe, expect, it } from 'vitest';
import { REGISTRY, REGISTRY_ENTRIES } from '../../src/data/registry';
import { expiresOf, isLapsed, lifecycleOf, statusCitations, statusHeadline, today } from '../../src/lib/lifecycle';
import { codeSchema } from '../../src/lib/schema';
import { readFolder } from './content-files';

const files = readFolder('content')
	.map((file) => ({ ...file, data: codeSchema.parse(file.frontmatter) }))
	.filter((file) => file.data.status !== 'unofficial');

/** The registry annotation that each non-standard state must carry, or the spec sentence that sets it. */
function registryState(code: number, description: string): string {
	if (description === '(Unused)') return 'unused';
	if (/\(OBSOLETED\)/.test(description)) return 'obsoleted';
	if (/\(TEMPORARY\b/.test(description)) return 'temporary';
	if (code === 402) return 'reserved'; // RFC 9110 §15.5.3: "reserved for future use"
	if (code === 305) return 'deprecated'; // RFC 9110 §15.4.6: "now deprecated"
	return 'standard';
}

describe('registry lifecycle', () => {
	it('has a registry entry for every registered code and a page for every entry', () => {
		expect(files.map((f) => f.data.code)).toEqual(Object.keys(REGISTRY_ENTRIES).map(Number));
	});

	it.each(files.map((f) => [f.data.code, f.data]))('%i: the page states what the registry entry says', (code, data) => {
		const [description] = REGISTRY_ENTRIES[code];
		expect(lifecycleOf(data).state).toBe(registryState(code, description));
		// The name is the registry's Description, without its annotations in parentheses.
		expect(data.name).toBe(description === '(Unused)' ? description : description.replace(/ \((?:TEMPORARY|OBSOLETED)[^)]*\)$/, ''));
	});

	it('reads the end date of a temporary registration', () => {
		expect(expiresOf(REGISTRY_ENTRIES[104][0])).toBe('2026-11-13');
		expect(expiresOf('Continue')).toBeNull();
		expect(lifecycleOf({ code: 104, status: 'temporary' })).toEqual({ state: 'temporary', expires: '2026-11-13', checked: REGISTRY.checked });
	});

	it('says a temporary registration has lapsed once its end date has passed', () => {
		const lc = lifecycleOf({ code: 104, status: 'temporary' });
		expect(isLapsed(lc, '2026-11-13')).toBe(false);
		expect(isLapsed(lc, '2026-11-14')).toBe(true);
		expect(statusHeadline(lc, '2026-10-01')).toBe('Temporary registration, until 2026-11-13');
		expect(statusHeadline(lc, '2026-12-01')).toBe('Temporary registration, past its 2026-11-13 end date');
	});

	it('never presents a lapsed temporary registration as current', () => {
		for (const { data } of files.filter((f) => f.data.status === 'temporary')) {
			const lc = lifecycleOf(data);
			expect(lc.expires, `${data.code} has no end date`).not.toBeNull();
			if (!isLapsed(lc, today())) continue;
			expect(statusHeadline(lc, today())).toMatch(/past its/);
			// The note is dated and says the date has passed, rather than "IANA holds a registration".
			expect(data.statusNote).toContain(lc.expires!);
			expect(data.statusNote).toMatch(/has passed|lapsed|expired/);
			expect(data.statusNote).toMatch(/as of \d{4}-\d{2}-\d{2}/);
		}
	});

	it('was compared with the registry on or after its last update', () => {
		expect(REGISTRY.checked >= REGISTRY.updated).toBe(true);
		expect(REGISTRY.checked <= today()).toBe(true);
	});

	it('cites the registry entry word for word, and the spec sentence for a non-standard state', () => {
		expect(statusCitations(510)[0].quote).toBe('510 Not Extended (OBSOLETED) [RFC2774][Status change of HTTP experiments to Historic]');
		for (const code of [305, 306, 402, 418]) expect(statusCitations(code)[1]).toMatchObject({ spec: 'RFC 9110' });
		expect(statusCitations(102)[1]).toMatchObject({ spec: 'RFC 4918', section: '21.4' });
	});
});
