import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema, guideSchema } from './lib/schema';
import { platformSchema } from './lib/platform-schema';
import { clientSchema } from './lib/client-schema';

/**
 * One entry per `content/<code>.md`; the entry id is the file name, so `'404'`.
 * CONTENT_DIR exists for the tests that build deliberately broken fixtures.
 */
const codes = defineCollection({
	loader: glob({ base: process.env.CONTENT_DIR ?? './content', pattern: '*.md' }),
	schema: codeSchema,
});

/** Short decision guides, `content/guides/<slug>.md`; the id is the slug. */
const guides = defineCollection({
	loader: glob({ base: `${process.env.CONTENT_DIR ?? './content'}/guides`, pattern: '*.md' }),
	schema: guideSchema,
});

/**
 * The platform-code catalogue, `content/platform/<vendor>/<slug>.md`; the id is `<vendor>/<slug>`
 * as written (`iis/500.19`), so dots survive, unlike the default slugged id.
 */
const platform = defineCollection({
	loader: glob({
		base: `${process.env.CONTENT_DIR ?? './content'}/platform`,
		pattern: '*/*.md',
		generateId: ({ entry }) => entry.replace(/\.md$/, ''),
	}),
	schema: platformSchema,
});


/** The client behaviour matrix, `content/clients/<id>.yaml`; the id is the file name (`requests`). */
const clients = defineCollection({
	loader: glob({ base: `${process.env.CONTENT_DIR ?? './content'}/clients`, pattern: '*.yaml' }),
	schema: clientSchema,
});

export const collections = { codes, guides, platform, clients };
