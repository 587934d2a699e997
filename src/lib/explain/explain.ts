import { detectFormat, looksBinary, MAX_INPUT_BYTES, PROBLEMS } from './detect';
import { maskText, type MaskState } from './mask';
import { entryObservation, readHar } from './parse-har';
import { parseCurlVerbose, parsePseudoHeaders, parseTranscript, clip } from './parse-http';
import { logpushRecord, parseLogpush } from './parse-logpush';
import { parseAlb, parseCombined, parseEnvoy, parseHerokuRouter } from './parse-proxy-logs';
import { parseCloudFront, parseIis, CLOUDFRONT_FIELDS, IIS_DEFAULT_FIELDS, type W3CState } from './parse-w3c';
import { bodyClues } from './bodies';
import { Collector } from './summary';
import { FORMATS, type FormatId, type Observation, type ProblemKind, type Report } from './types';

export { FORMATS, type Report };

/** Lines per chunk of a line-based log: each chunk is masked and parsed, then the event loop gets a turn. */
const CHUNK_LINES = 4000;
/** HAR entries per chunk. */
const CHUNK_ENTRIES = 2000;

/** Progress through an input, 0 to 1. */
type Step = number;

const problem = (kind: ProblemKind, format: FormatId | null = null): Report => ({
	format,
	items: [],
	cards: [],
	moreCards: 0,
	byStatus: [],
	bySender: [],
	masked: 0,
	notes: [],
	problem: { kind, message: PROBLEMS[kind] },
});

type LineParser = (line: string, n: number) => Observation | null;

/** The per-line parser of each log format (W3C ones carry their `#Fields:` state). */
function lineParser(format: FormatId): LineParser | null {
	const state: W3CState = { fields: format === 'cloudfront' ? CLOUDFRONT_FIELDS : IIS_DEFAULT_FIELDS };
	const parsers: Partial<Record<FormatId, LineParser>> = {
		combined: parseCombined,
		envoy: parseEnvoy,
		'heroku-router': parseHerokuRouter,
		alb: parseAlb,
		'cloudflare-logpush': parseLogpush,
		'iis-w3c': (l, n) => parseIis(l, n, state),
		cloudfront: (l, n) => parseCloudFront(l, n, state),
	};
	return parsers[format] ?? null;
}

/**
 * The whole pipeline as a generator: it yields its progress between chunks, so the sync entry
 * runs it straight through and the async one gives the event loop a turn at each yield.
 */
function* run(input: string): Generator<Step, Report> {
	if (input.length > MAX_INPUT_BYTES) return problem('too-large');
	const text = input.replace(/^\uFEFF/, '');
	if (!text.trim()) return problem('empty');
	if (looksBinary(text)) return problem('binary');
	const format = detectFormat(maskText(text.slice(0, 65536)).text);
	if (format === null) return problem('unrecognised');
	if (format === 'json') return problem('not-har');
	if (format === 'har') return yield* runHar(text);
	const lines = text.split(/\r?\n/);
	const parse = lineParser(format);
	// Logpush is one record per line; a pretty-printed record or an array of them is read whole.
	if (format === 'cloudflare-logpush' && !logpushRecord(lines.find((l) => l.trim()) ?? '')) return runLogpushJson(text);
	return parse ? yield* runLines(lines, format, parse) : runWhole(text, format);
}

/** A log, chunk by chunk: mask, parse each line, count the lines that did not match. */
function* runLines(lines: string[], format: FormatId, parse: LineParser): Generator<Step, Report> {
	const collector = new Collector();
	const maskState: MaskState = { cookieColumns: [] };
	let masked = 0;
	let skipped = 0;
	for (let start = 0; start < lines.length; start += CHUNK_LINES) {
		const chunk = maskText(lines.slice(start, start + CHUNK_LINES).join('\n'), maskState);
		masked += chunk.count;
		chunk.text.split('\n').forEach((line, i) => {
			if (!line.trim()) return;
			const obs = parse(line, start + i + 1);
			if (obs) collector.add(obs);
			// `#` lines are W3C directives (`#Fields:`), read by the parser for the lines after them.
			else if (!line.startsWith('#')) skipped++;
		});
		yield Math.min(1, (start + CHUNK_LINES) / lines.length);
	}
	if (!collector.items.length) return problem('unrecognised', format);
	const notes = skipped ? [`${skipped} line${skipped === 1 ? '' : 's'} did not look like ${FORMATS[format]} and ${skipped === 1 ? 'was' : 'were'} skipped.`] : [];
	return collector.report(format, masked, notes);
}

/** A HAR file: masked whole (it is one JSON document), then read entry by entry. */
function* runHar(text: string): Generator<Step, Report> {
	const { text: safe, count } = maskText(text);
	yield 0.2;
	const har = readHar(safe);
	if (!har) return problem('not-har');
	if (!har.entries.length) return har.truncated ? problem('truncated', 'har') : problem('unrecognised', 'har');
	const collector = new Collector();
	for (let start = 0; start < har.entries.length; start += CHUNK_ENTRIES) {
		har.entries.slice(start, start + CHUNK_ENTRIES).forEach((entry, i) => collector.add(entryObservation(entry, start + i)));
		yield 0.2 + 0.8 * Math.min(1, (start + CHUNK_ENTRIES) / har.entries.length);
	}
	const notes = har.truncated
		? [`This HAR file is cut off. Explained: the ${har.entries.length} complete ${har.entries.length === 1 ? 'entry' : 'entries'} before the cut; the rest is missing.`]
		: [];
	return collector.report('har', count, notes);
}

/** A pretty-printed Logpush record or an array of records. */
function runLogpushJson(text: string): Report {
	const { text: safe, count } = maskText(text);
	let data: unknown;
	try {
		data = JSON.parse(safe);
	} catch {
		return problem('not-har');
	}
	const collector = new Collector();
	(Array.isArray(data) ? data : [data]).forEach((record, i) => {
		const obs = parseLogpush(JSON.stringify(record), i + 1);
		if (obs) collector.add(obs);
	});
	return collector.items.length ? collector.report('cloudflare-logpush', count, []) : problem('not-har');
}

/** Transcripts and error bodies: small, masked whole, parsed as a whole. */
function runWhole(text: string, format: FormatId): Report {
	const { text: safe, count } = maskText(text);
	const lines = safe.split(/\r?\n/);
	let found: Observation[];
	if (format === 'curl-v') found = parseCurlVerbose(lines);
	else if (format === 'error-body') found = [bodyObservation(safe)];
	else {
		found = parseTranscript(lines);
		if (!found.length) found = parsePseudoHeaders(lines);
	}
	if (!found.length) return problem('unrecognised', format);
	const collector = new Collector();
	found.forEach((obs) => collector.add(obs));
	return collector.report(format, count, []);
}

/** An error page pasted on its own: the status it names (if any) and whoever wrote it. */
function bodyObservation(body: string): Observation {
	const title = /<title>\s*(\d{3})\b/i.exec(body);
	const clues = bodyClues(body);
	const firstLine = body.split('\n').find((l) => l.trim()) ?? '';
	return {
		status: clues?.status ?? (title ? Number(title[1]) : null),
		format: 'error-body',
		line: 1,
		excerpt: clip(firstLine.trim()),
		body,
	};
}

/** Explains every status in a pasted or dropped text, synchronously. */
export function explain(text: string): Report {
	const steps = run(text);
	for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Options of the chunked variant. */
export interface ChunkedOptions {
	onProgress?: (fraction: number) => void;
	/** Stops the work between two chunks (a newer input replaced this one). */
	signal?: AbortSignal;
}

/** Gives the event loop a turn (a macrotask, so input and painting can happen). */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Explains a large input in chunks, yielding to the event loop between them and reporting progress;
 * rejects with an AbortError when the signal fires.
 */
export async function explainChunked(text: string, { onProgress, signal }: ChunkedOptions = {}): Promise<Report> {
	const steps = run(text);
	for (let step = steps.next(); ; step = steps.next()) {
		if (step.done) return step.value;
		onProgress?.(step.value);
		await breathe();
		if (signal?.aborted) throw new DOMException('Explaining was replaced by a newer input', 'AbortError');
	}
}
