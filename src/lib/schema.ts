import { z } from 'astro/zod';

/**
 * What a number is: `standard` in the IANA registry, one of its flagged states, or `unofficial`
 * (used by a product, never registered). Everything but `standard` and `unofficial` needs a
 * `statusNote`; `unofficial` needs a `vendor`, a `source` and a `seeing` line instead of `spec`.
 */
export const STATUSES = ['standard', 'deprecated', 'unused', 'reserved', 'temporary', 'obsolete', 'unofficial'] as const;
export type CodeStatus = (typeof STATUSES)[number];

/** Hosts a spec link may point at: the RFC Editor, the IETF datatracker, the HTTP WG, IANA. */
export const SPEC_HOSTS = ['www.rfc-editor.org', 'datatracker.ietf.org', 'httpwg.org', 'www.iana.org'];

// abort: a value that is no URL at all stops here, so the host check below never sees it.
const httpsUrl = z.url({ protocol: /^https$/, abort: true, error: 'must be an https URL' });

const specSchema = z.strictObject({
	title: z.string().min(3),
	url: httpsUrl.refine((url) => SPEC_HOSTS.includes(new URL(url).hostname), {
		message: `must point at one of ${SPEC_HOSTS.join(', ')}`,
	}),
});

/** Where an unofficial meaning is documented: the vendor's docs or source code where they exist. */
const sourceSchema = z.strictObject({ title: z.string().min(3), url: httpsUrl });

/** One unofficial meaning of a number, as a vendor or product uses it. */
const meaningSchema = z.strictObject({
	name: z.string().trim().min(2).max(60),
	vendor: z.string().trim().min(2).max(60),
	summary: z.string().trim().min(40).max(260),
	/** Completes "You are probably seeing this if …". */
	seeing: z.string().trim().min(20).max(200),
	source: sourceSchema,
	/** false where no primary source exists and the meaning rests on folklore; the page says so. */
	verified: z.boolean().default(true),
});

/** 0 is what clients report when no response arrived at all; every real status is 100–599. */
const codeNumber = z
	.number()
	.int()
	.refine((n) => n === 0 || (n >= 100 && n <= 599), { message: 'must be 0 or within 100–599' });

/**
 * A related code, optionally with when to use it instead: `{ code: 504, when: "the upstream
 * answered too slowly rather than badly" }` completes "Use 504 instead when …".
 */
const relatedSchema = z
	.union([codeNumber, z.strictObject({ code: codeNumber, when: z.string().trim().min(15).max(140) })])
	.transform((item) => (typeof item === 'number' ? { code: item, when: undefined } : item));

/** Frontmatter of one `content/<code>.md` file: facts only, nothing derivable. */
export const codeSchema = z
	.strictObject({
		code: codeNumber,
		name: z.string().trim().min(2).max(60),
		summary: z.string().trim().min(50).max(220),
		/** The one-line meaning for the printable cheat sheet. */
		short: z.string().trim().min(10).max(70),
		aliases: z.array(z.string().trim().min(2)).default([]),
		keywords: z.array(z.string().trim().min(2)).default([]),
		spec: specSchema.optional(),
		status: z.enum(STATUSES).default('standard'),
		statusNote: z.string().trim().min(20).optional(),
		/** For `status: unofficial`: who uses the number, where that is documented, when you meet it. */
		vendor: z.string().trim().min(2).max(60).optional(),
		source: sourceSchema.optional(),
		seeing: z.string().trim().min(20).max(200).optional(),
		verified: z.boolean().default(true),
		/** Further unofficial meanings of the same number (collisions), shown after the main one. */
		unofficial: z.array(meaningSchema).default([]),
		related: z.array(relatedSchema).default([]),
	})
	.superRefine((data, ctx) => {
		const need = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
		const official = data.status !== 'unofficial';
		if (official && !data.spec) need('spec', 'is required for a registered code');
		if (official && data.code === 0) need('status', 'code 0 is not a registered status: use status unofficial');
		if (!['standard', 'unofficial'].includes(data.status) && !data.statusNote) {
			need('statusNote', 'is required when status is not "standard"');
		}
		if (['standard', 'unofficial'].includes(data.status) && data.statusNote) {
			need('statusNote', `is only for a flagged registry status, not "${data.status}" (it would not be shown)`);
		}
		const seen = new Set<number>();
		for (const { code } of data.related) {
			if (seen.has(code)) need('related', `lists ${code} twice`);
			seen.add(code);
		}
		if (official) {
			for (const field of ['vendor', 'source', 'seeing'] as const) {
				if (data[field] !== undefined) need(field, 'is only for status "unofficial"');
			}
		} else {
			if (data.spec) need('spec', 'an unofficial code has a source, not a spec');
			if (!data.vendor) need('vendor', 'is required when status is "unofficial"');
			if (!data.source) need('source', 'is required when status is "unofficial"');
			if (!data.seeing) need('seeing', 'is required when status is "unofficial"');
		}
		if (data.related.some((r) => r.code === data.code)) need('related', 'must not list the code itself');
	});

export type CodeData = z.infer<typeof codeSchema>;
export type UnofficialMeaning = z.infer<typeof meaningSchema>;

/** Frontmatter of one `content/guides/<slug>.md` file. */
export const guideSchema = z.strictObject({
	title: z.string().trim().min(10).max(90),
	description: z.string().trim().min(50).max(220),
	/** Every code the guide discusses; each must have its own file. */
	codes: z.array(codeNumber).min(1),
	/** Position in the guides list. */
	order: z.number().int().min(1),
});

export type GuideData = z.infer<typeof guideSchema>;
