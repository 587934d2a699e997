import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { GRPC_CODES, GRPC_PAGES, HTTP_TO_GRPC, grpcKeywords, grpcRowOf } from '../../src/lib/grpc';
import { grpcToken } from '../../src/lib/grpc-token';
import { protocolOf } from '../../src/lib/protocols';
import { codesFrom } from './code-fixtures';

describe('gRPC mapping', () => {
	it('lists the 17 codes, numbered 0 to 16, each once', () => {
		expect(GRPC_CODES.map((c) => c.number)).toEqual([...Array(17).keys()]);
		expect(new Set(GRPC_CODES.map((c) => c.name)).size).toBe(17);
	});

	it('follows google.rpc.Code gRPC → HTTP and grpc/grpc HTTP → gRPC', () => {
		const http = (name: string) => GRPC_CODES.find((c) => c.name === name)!.http;
		expect(http('RESOURCE_EXHAUSTED')).toBe(429);
		expect(http('UNAVAILABLE')).toBe(503);
		expect(http('CANCELLED')).toBe(499);
		expect(http('FAILED_PRECONDITION')).toBe(400);
		expect(HTTP_TO_GRPC[429]).toBe('UNAVAILABLE');
		expect(HTTP_TO_GRPC[404]).toBe('UNIMPLEMENTED');
		expect(grpcRowOf(200).fromHttp.name).toBe('UNKNOWN');
	});

	it('is not an inverse: a 429 becomes UNAVAILABLE, which maps back to 503', () => {
		const roundTrip = (status: number) => GRPC_CODES.find((c) => c.name === grpcRowOf(status).fromHttp.name)!.http;
		expect(roundTrip(429)).toBe(503);
		expect(roundTrip(404)).toBe(501);
		expect(roundTrip(400)).toBe(500);
	});

	it('shows a row on the issue’s 13 pages, each of which exists', () => {
		expect(GRPC_PAGES).toEqual([400, 401, 403, 404, 409, 412, 429, 499, 500, 501, 502, 503, 504]);
		for (const code of GRPC_PAGES) expect(existsSync(`content/${code}.md`), String(code)).toBe(true);
	});

	it('derives one search token per name and grpc-status number, for the pages with a row only', () => {
		expect(grpcKeywords(429)).toEqual(expect.arrayContaining([grpcToken(['RESOURCE_EXHAUSTED']), grpcToken(['grpc', 'status', '8']), grpcToken(['UNAVAILABLE'])]));
		expect(grpcKeywords(503)).toContain('grpcstatus14');
		expect(grpcKeywords(412)).toEqual([]);
		expect(grpcKeywords(200)).toEqual([]);
		expect(grpcToken(['grpc', 'status', '14'])).toBe(grpcToken(['grpcstatus14']));
	});
});

describe('protocol row', () => {
	const registered = codesFrom().filter((c) => c.official);

	it('gives every registered code a row with a citation, shown in its facts box', () => {
		for (const code of registered) {
			const row = code.facts!.rows.find((r) => r.fact === 'protocol');
			expect(row?.cites.length, String(code.data.code)).toBeGreaterThan(0);
			expect(row?.text).toBe(protocolOf(code.data.code).text);
		}
	});

	it('marks 101, 103, 421 and 426 as different and everything else as no difference', () => {
		const differing = registered.filter((c) => protocolOf(c.data.code).differs).map((c) => c.data.code);
		expect(differing).toEqual([101, 103, 421, 426]);
		expect(protocolOf(404).text).toMatch(/^No difference/);
	});

	it('cites RFC 8441 and RFC 9220 for 101 over HTTP/2 and HTTP/3', () => {
		expect(protocolOf(101).cites.map((c) => c.spec)).toEqual(expect.arrayContaining(['RFC 8441', 'RFC 9220', 'RFC 9113', 'RFC 9114']));
	});
});
