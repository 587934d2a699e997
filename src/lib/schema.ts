import { z } from 'astro/zod';

/** Registry states a code can be in; everything but `standard` needs a `statusNote`. */
export const STATUSES = ['standard', 'deprecated', 'unused', 'reserved', 'temporary', 'obsolete'] as const;
export type CodeStatus = (typeof STATUSES)[number];

/** Hosts a spec link may point at: the RFC Editor, the IETF datatracker, the HTTP WG, IANA. */
export const SPEC_HOSTS = ['www.rfc-editor.org', 'datatracker.ietf.org', 'httpwg.org', 'www.iana.org'];

const specSchema = z.strictObject({
	title: z.string().min(3),
	url: z
		.url({ protocol: /^https$/ })
		.refine((url) => SPEC_HOSTS.includes(new URL(url).hostname), {
			message: `spec.url must point at one of ${SPEC_HOSTS.join(', ')}`,
		}),
});

const codeNumber = z.number().int().min(100).max(599);

/** Frontmatter of one `content/<code>.md` file: facts only, nothing derivable. */
export const codeSchema = z
	.strictObject({
		code: codeNumber,
		name: z.string().trim().min(2).max(60),
		summary: z.string().trim().min(50).max(220),
		aliases: z.array(z.string().trim().min(2)).default([]),
		keywords: z.array(z.string().trim().min(2)).default([]),
		spec: specSchema,
		status: z.enum(STATUSES).default('standard'),
		statusNote: z.string().trim().min(20).optional(),
		related: z.array(codeNumber).default([]),
	})
	.refine((data) => data.status === 'standard' || data.statusNote !== undefined, {
		message: 'statusNote is required when status is not "standard"',
		path: ['statusNote'],
	})
	.refine((data) => !data.related.includes(data.code), {
		message: 'related must not list the code itself',
		path: ['related'],
	});

export type CodeData = z.infer<typeof codeSchema>;
