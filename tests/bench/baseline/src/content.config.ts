import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';

// The same content files as the site; only the fields a minimal reference would show.
const codes = defineCollection({
	loader: glob({ base: '../../../content', pattern: '*.md' }),
	schema: z.object({ code: z.number(), name: z.string(), summary: z.string() }).passthrough(),
});

export const collections = { codes };
