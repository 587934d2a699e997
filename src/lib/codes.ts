import { getCollection } from 'astro:content';
import { buildOnce } from './build-once';
import { toCodes } from './code-model';

export { groupByClass, type ClassGroup, type Code, type FactsView } from './code-model';

/**
 * Returns every code, sorted by number, with everything derived from it (src/lib/code-model.ts);
 * the one getCollection call. Every rule, across files too, was checked before the build began
 * (src/integrations/content-check.ts).
 */
export const getCodes = buildOnce(async () => toCodes(await getCollection('codes')));
