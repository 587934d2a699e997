/** The input shapes the explainer recognises; each has a parser and a fixture folder of the same name. */
export const FORMATS = {
	http1: 'HTTP/1.x response (raw, or curl -i)',
	'curl-v': 'curl -v transcript',
	http2: 'HTTP/2 or HTTP/3 response (curl -i, or a :status dump)',
	har: 'HAR file (browser network export)',
	combined: 'nginx or Apache access log (combined or common)',
	'iis-w3c': 'IIS W3C extended log',
	alb: 'AWS Application Load Balancer access log',
	cloudfront: 'Amazon CloudFront standard log',
	'heroku-router': 'Heroku router log',
	envoy: 'Envoy access log (default format)',
	'cloudflare-logpush': 'Cloudflare Logpush JSON (HTTP requests)',
	'error-body': 'Error page body',
} as const;

export type FormatId = keyof typeof FORMATS;

/** One response header as written, name in its original case. */
export type Header = [name: string, value: string];

/** A link target in the platform-code catalogue: `/<vendor>/<slug>/`. */
export interface PlatformRef {
	vendor: string;
	slug: string;
	/** The identifier as it appeared: `1020`, `H12`, `UF`, `500.19`. */
	id: string;
}

/** Who produced a status, and the evidence for saying so. */
export interface SenderGuess {
	id: string;
	evidence: string;
}

/**
 * One status as a parser read it: the raw facts, before fingerprints, spec checks and next steps.
 * `status` is null when the input shows who failed but not the HTTP status (a bare error body).
 */
export interface Observation {
	status: number | null;
	format: FormatId;
	/** 1-based line of the input, or the HAR entry number. */
	line: number;
	/** The status line or log line, masked, at most 300 characters. */
	excerpt: string;
	headers?: Header[];
	/** Response body when the input has one (bodies of HAR entries are not kept). */
	body?: string;
	/** Whether the response carried content (a body after the headers, or a positive length). */
	hasContent?: boolean;
	/** Set by parsers whose format says who answered (log fields, HAR errors). */
	sender?: SenderGuess;
	platform?: PlatformRef[];
	/** Facts worth showing beside the status: `target_status_code -`, `sub-status 19`. */
	details?: string[];
	/** The request method, when known (HEAD and CONNECT change what a response may carry). */
	method?: string;
}

/** A spec requirement the response breaks. */
export interface Violation {
	id: string;
	/** What is wrong, in one sentence. */
	message: string;
	/** MUST, SHOULD or MUST NOT, exactly as the quote words it. */
	level: string;
	cite: { label: string; url: string; quote: string };
}

/** One card: a status with one sender, platform entries and violations, and how often it occurred. */
export interface Card {
	status: number | null;
	format: FormatId;
	sender: SenderGuess;
	platform: PlatformRef[];
	violations: Violation[];
	details: string[];
	next: string;
	count: number;
	/** The first few lines where it occurred. */
	lines: number[];
	excerpt: string;
	/** Headers and the start of the body of the first response in the group, when the input had them (masked). */
	headers?: Header[];
	body?: string;
}

/** Why nothing could be explained: each kind has its own message on the page. */
export type ProblemKind = 'empty' | 'binary' | 'not-har' | 'truncated' | 'unrecognised' | 'too-large';

/** What explain() returns for one input. */
export interface Report {
	format: FormatId | null;
	/** Every status found, in input order (the fixtures compare these). */
	items: { status: number | null; sender: string; line: number }[];
	cards: Card[];
	/** Cards not listed because there were too many distinct ones. */
	moreCards: number;
	/** Counts per status and per sender, most frequent first. */
	byStatus: [status: number | null, count: number][];
	bySender: [sender: string, count: number][];
	/** How many secrets were replaced before parsing. */
	masked: number;
	/** Things the reader should know: a truncated HAR, lines that were skipped. */
	notes: string[];
	problem?: { kind: ProblemKind; message: string };
}
