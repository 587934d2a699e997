import { getCollection } from 'astro:content';
import { buildOnce } from './build-once';
import { toClients } from './client-matrix';

export { behaviourRows, rowsForCode, type BehaviourRow, type Client } from './client-matrix';

/** Returns every client of content/clients/, in matrix order; the one getCollection('clients') call. */
export const getClients = buildOnce(async () => toClients(await getCollection('clients')));
