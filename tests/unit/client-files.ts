import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clientSchema } from '../../src/lib/client-schema';
import { toClients, type Client } from '../../src/lib/client-matrix';

/** Reads the raw YAML of every `*.yaml` file in a folder, by id. */
export function readClientFiles(dir = 'content/clients'): { id: string; raw: unknown }[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ id: name.replace(/\.yaml$/, ''), raw: parse(readFileSync(join(dir, name), 'utf8')) }));
}

/** The clients of content/clients/, parsed as Astro parses them, in matrix order. */
export function clientsFrom(dir = 'content/clients'): Client[] {
	return toClients(readClientFiles(dir).map(({ id, raw }) => ({ id, data: clientSchema.parse(raw) })));
}
