import { getCollection } from 'astro:content';
import { buildOnce } from './build-once';
import { toPlatformEntries } from './platform-model';

export { entriesForStatus, groupByPlatform, type PlatformEntry, type PlatformGroup } from './platform-model';

/** Returns every catalogue entry in index order (src/lib/platform-model.ts); the one getCollection('platform') call. */
export const getPlatformEntries = buildOnce(async () => toPlatformEntries(await getCollection('platform')));
