import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlatformEntries, type PlatformEntry } from '../../lib/platform';
import { toPlatformJson } from '../../lib/json-api';

export const getStaticPaths = (async () =>
	(await getPlatformEntries()).map((entry) => ({
		params: { vendor: entry.data.vendor, slug: entry.slug },
		props: { entry },
	}))) satisfies GetStaticPaths;

/** `/<vendor>/<slug>.json`: one catalogue entry as data. */
export const GET: APIRoute<{ entry: PlatformEntry }> = ({ props, site }) => Response.json(toPlatformJson(props.entry, site!));
