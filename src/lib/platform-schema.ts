import { z } from 'astro/zod';
import { PLATFORM_KEYS } from './platforms';

const httpsUrl = z.url({ protocol: /^https$/, abort: true, error: 'must be an https URL' });
const source = z.strictObject({ title: z.string().trim().min(3), url: httpsUrl });
/** 0 is "no HTTP response"; the rest are the numbers that travel in a status line, 783 included. */
const status = z.number().int().min(0).max(999);

/**
 * Frontmatter of one `content/platform/<vendor>/<slug>.md` file: a platform's own code (IIS
 * 500.19, Cloudflare 1020, Heroku H12, Envoy UF) or a "status" that is no HTTP status (000,
 * "(canceled)", net::ERR_*), with the HTTP status it travels with and where the vendor documents it.
 */
export const platformSchema = z
	.strictObject({
		vendor: z.enum(PLATFORM_KEYS),
		/** The identifier exactly as it appears in a log, a header or an error page. */
		id: z.string().trim().min(1).max(60),
		name: z.string().trim().min(2).max(60),
		status,
		alsoStatus: z.array(status).default([]),
		short: z.string().trim().min(10).max(70),
		summary: z.string().trim().min(50).max(260),
		/** Completes "You are probably seeing this if …". */
		seeing: z.string().trim().min(20).max(200),
		/** What Copy puts on the clipboard: honest, never a made-up reason phrase. */
		label: z.string().trim().min(3).max(80),
		aliases: z.array(z.string().trim().min(2)).default([]),
		keywords: z.array(z.string().trim().min(2)).default([]),
		source,
		sources: z.array(source).default([]),
		/** false where no primary source exists; the page says so. */
		verified: z.boolean().default(true),
		related: z.array(status).default([]),
	})
	.superRefine((data, ctx) => {
		if (data.alsoStatus.includes(data.status)) {
			ctx.addIssue({ code: 'custom', path: ['alsoStatus'], message: `repeats status ${data.status}` });
		}
	});

export type PlatformData = z.infer<typeof platformSchema>;

/** The body sections of a catalogue entry, in order; `Example` may follow. */
export const PLATFORM_OUTLINE = ['What it means', 'Common causes', 'How to fix'];
