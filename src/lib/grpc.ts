import { grpcToken } from './grpc-token';

/**
 * The 17 gRPC status codes and the two official tables between them and HTTP. The tables point in
 * opposite directions and are not inverses: grpc/grpc maps what an HTTP intermediary sent when no
 * grpc-status arrived; google.rpc.Code names the closest HTTP status for an API to answer with.
 */

/** Where each table comes from: the file, read at a commit. */
export const GRPC_SOURCES = {
	httpToGrpc: {
		title: 'grpc/grpc doc/http-grpc-status-mapping.md at 3e6851f',
		url: 'https://github.com/grpc/grpc/blob/3e6851f59941f8f61b1413f04f09213c766090ee/doc/http-grpc-status-mapping.md',
	},
	grpcToHttp: {
		title: 'googleapis google/rpc/code.proto at f8291d2',
		url: 'https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto',
	},
	codes: {
		title: 'grpc/grpc doc/statuscodes.md',
		url: 'https://github.com/grpc/grpc/blob/2b9891b081ef119df8d7211c2493dca19ac5ebbb/doc/statuscodes.md',
	},
} as const;

/** One gRPC status: its number (the grpc-status value), its name, what it means, and google.rpc.Code's HTTP status. */
export interface GrpcCode {
	number: number;
	name: string;
	meaning: string;
	/** The "HTTP Mapping" comment of google/rpc/code.proto. */
	http: number;
}

export const GRPC_CODES: GrpcCode[] = [
	{ number: 0, name: 'OK', meaning: 'Success; not an error.', http: 200 },
	{ number: 1, name: 'CANCELLED', meaning: 'The caller cancelled the call.', http: 499 },
	{ number: 2, name: 'UNKNOWN', meaning: 'An error with no better code, or one from another error space.', http: 500 },
	{ number: 3, name: 'INVALID_ARGUMENT', meaning: 'The arguments are wrong whatever the system state.', http: 400 },
	{ number: 4, name: 'DEADLINE_EXCEEDED', meaning: 'The deadline passed before the call finished.', http: 504 },
	{ number: 5, name: 'NOT_FOUND', meaning: 'The entity asked for does not exist.', http: 404 },
	{ number: 6, name: 'ALREADY_EXISTS', meaning: 'The entity to create exists already.', http: 409 },
	{ number: 7, name: 'PERMISSION_DENIED', meaning: 'The caller is known but may not do this.', http: 403 },
	{ number: 8, name: 'RESOURCE_EXHAUSTED', meaning: 'A quota or rate limit ran out, or the server is out of room.', http: 429 },
	{ number: 9, name: 'FAILED_PRECONDITION', meaning: 'The system is not in the state the call needs.', http: 400 },
	{ number: 10, name: 'ABORTED', meaning: 'A concurrency conflict, such as a failed transaction; retry at a higher level.', http: 409 },
	{ number: 11, name: 'OUT_OF_RANGE', meaning: 'The call went past the valid range, such as the end of a file.', http: 400 },
	{ number: 12, name: 'UNIMPLEMENTED', meaning: 'The method is not implemented or not supported.', http: 501 },
	{ number: 13, name: 'INTERNAL', meaning: 'An invariant the system relies on is broken.', http: 500 },
	{ number: 14, name: 'UNAVAILABLE', meaning: 'The service is down for now; retrying with backoff may work.', http: 503 },
	{ number: 15, name: 'DATA_LOSS', meaning: 'Data was lost or corrupted beyond recovery.', http: 500 },
	{ number: 16, name: 'UNAUTHENTICATED', meaning: 'The call has no valid credentials.', http: 401 },
];

/**
 * grpc/grpc's HTTP→gRPC table, to be used only by a client that received an HTTP response without
 * grpc-status (an intermediary answered); every other HTTP status maps to UNKNOWN.
 */
export const HTTP_TO_GRPC: Record<number, string> = {
	400: 'INTERNAL',
	401: 'UNAUTHENTICATED',
	403: 'PERMISSION_DENIED',
	404: 'UNIMPLEMENTED',
	429: 'UNAVAILABLE',
	431: 'INTERNAL',
	502: 'UNAVAILABLE',
	503: 'UNAVAILABLE',
	504: 'UNAVAILABLE',
};

/** The HTTP pages that show a gRPC row. */
export const GRPC_PAGES = [400, 401, 403, 404, 409, 412, 429, 499, 500, 501, 502, 503, 504];

/** What one HTTP status means in gRPC, both ways. */
export interface GrpcRow {
	/** The gRPC status a client reports for this HTTP status when no grpc-status came. */
	fromHttp: GrpcCode;
	/** The gRPC statuses google.rpc.Code maps onto this HTTP status. */
	toHttp: GrpcCode[];
}

const byName = (name: string) => GRPC_CODES.find((c) => c.name === name)!;

/** Returns the gRPC row of an HTTP status (every status has one; GRPC_PAGES says which pages show it). */
export function grpcRowOf(status: number): GrpcRow {
	return { fromHttp: byName(HTTP_TO_GRPC[status] ?? 'UNKNOWN'), toHttp: GRPC_CODES.filter((c) => c.http === status) };
}

/**
 * The search keywords of an HTTP code for its gRPC statuses, one token each (grpcToken): the names
 * of both tables (`UNAVAILABLE` on 429, 502, 503, 504) and `grpc-status <n>` for the statuses
 * google.rpc.Code maps onto it, so `grpc-status 14` finds 503. Derived here, never typed in content.
 */
export function grpcKeywords(status: number): string[] {
	if (!GRPC_PAGES.includes(status)) return [];
	const row = grpcRowOf(status);
	const names = [...row.toHttp.map((c) => c.name), ...(row.fromHttp.name === 'UNKNOWN' ? [] : [row.fromHttp.name])];
	const tokens = [...names.map((name) => grpcToken([name])), ...row.toHttp.map((c) => grpcToken(['grpc', 'status', String(c.number)]))];
	return [...new Set(tokens)];
}
