/**
 * The one search token of a gRPC name or status number: `grpcresourceexhausted`, `grpcstatus14`.
 * The keyword side and the query side both come through here, so they cannot drift apart. Pure
 * and tiny, because the search island imports it.
 */
export function grpcToken(words: string[]): string {
	const joined = words.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
	return joined.startsWith('grpc') ? joined : `grpc${joined}`;
}
