import { REGISTRY, REGISTRY_ENTRIES } from '../data/registry';
import { rfc, type Citation } from './citations';
import type { CodeData, CodeStatus } from './schema';

/** A code's state in the IANA registry (or `unofficial`: never registered). */
export const LIFECYCLE_STATES = ['standard', 'temporary', 'obsoleted', 'unused', 'reserved', 'deprecated', 'unofficial'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** Where a code stands in the registry, and when this site last compared it. */
export interface Lifecycle {
	state: LifecycleState;
	/** The end date of a temporary registration, as the registry gives it. */
	expires: string | null;
	/** The date the page was last compared with the registry. */
	checked: string;
}

const STATE: Record<CodeStatus, LifecycleState> = {
	standard: 'standard',
	deprecated: 'deprecated',
	unused: 'unused',
	reserved: 'reserved',
	temporary: 'temporary',
	obsolete: 'obsoleted',
	unofficial: 'unofficial',
};

/** The registry's end date of a temporary registration: "(TEMPORARY - … expires 2026-11-13)". */
export function expiresOf(description: string): string | null {
	return /\bTEMPORARY\b[^)]*\bexpires (\d{4}-\d{2}-\d{2})\)/.exec(description)?.[1] ?? null;
}

/** Returns the lifecycle of a code from its content file and the registry entry. */
export function lifecycleOf(data: Pick<CodeData, 'code' | 'status'>): Lifecycle {
	const entry = REGISTRY_ENTRIES[data.code];
	return {
		state: STATE[data.status],
		expires: entry ? expiresOf(entry[0]) : null,
		checked: REGISTRY.checked,
	};
}

/** True when a temporary registration's end date is before `today` (YYYY-MM-DD). */
export function isLapsed(lifecycle: Lifecycle, today: string): boolean {
	return lifecycle.expires !== null && lifecycle.expires < today;
}

/** The banner headline of a registry state; empty for `standard` and `unofficial`. */
export function statusHeadline(lifecycle: Lifecycle, today: string): string {
	switch (lifecycle.state) {
		case 'temporary':
			return isLapsed(lifecycle, today)
				? `Temporary registration, past its ${lifecycle.expires} end date`
				: `Temporary registration, until ${lifecycle.expires}`;
		case 'deprecated':
			return 'Deprecated';
		case 'unused':
			return 'Unused: reserved, not to be assigned again';
		case 'reserved':
			return 'Reserved for future use';
		case 'obsoleted':
			return 'Obsoleted';
		default:
			return '';
	}
}

/** The spec sentences that set a code's non-standard state, beside its registry entry. */
const STATE_CITES: Record<number, Citation> = {
	102: rfc(4918, '21.4', 'Note: the HTTP status code 102 (Processing) has been removed in this specification; its IANA registration should continue to reference RFC 2518.'),
	305: rfc(9110, '15.4.6', 'The 305 (Use Proxy) status code was defined in a previous version of this specification and is now deprecated (Appendix B of [RFC7231]).'),
	306: rfc(9110, '15.4.7', 'The 306 status code was defined in a previous version of this specification, is no longer used, and the code is reserved.'),
	402: rfc(9110, '15.5.3', 'The 402 (Payment Required) status code is reserved for future use.'),
	418: rfc(9110, '15.5.19', 'Therefore, the 418 status code is reserved in the IANA HTTP Status Code Registry.'),
};

/** Returns the citations of a registered code's registry status: its entry, and the spec's word. */
export function statusCitations(code: number): Citation[] {
	const entry = REGISTRY_ENTRIES[code];
	if (!entry) return [];
	const registry: Citation = {
		spec: 'IANA registry',
		section: `value ${code}`,
		url: `${REGISTRY.url}#http-status-codes-1`,
		quote: `${code} ${entry[0]} ${entry[1]}`,
	};
	return STATE_CITES[code] ? [registry, STATE_CITES[code]] : [registry];
}

/** Today's date as YYYY-MM-DD, the build's "now" for lapsed registrations. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** What the registry row of a facts box says, beyond the headline. */
const STATUS_NOTES: Record<number, string> = {
	102: 'Registered, citing RFC 2518 only: RFC 4918 replaced that RFC and no longer defines 102',
};

/** The facts box's registry row: the state in words, from the code's banner headline. */
export function statusText(code: number, headline: string): string {
	return STATUS_NOTES[code] ?? (headline || 'Registered');
}
