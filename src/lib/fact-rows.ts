import type { Citation } from './citations';
import { factsOf, type Facts, type PairedHeader } from './facts';
import { lifecycleOf, statusCitations, statusHeadline, statusText, type Lifecycle } from './lifecycle';
import type { CodeData } from './schema';
import { protocolOf, type ProtocolFact } from './protocols';

/** One row of the facts box, named as `facts.citations[].fact` names it in the JSON. */
export interface FactRow {
	/** `content`, `caching`, `retry`, `header:Retry-After`, `protocol` or `status`. */
	fact: string;
	text: string;
	cites: Citation[];
}

/** A paired header as the box shows it: several headers with one rule share a line. */
export interface HeaderLine {
	names: string[];
	level: PairedHeader['level'];
	note: string;
	cite: Citation;
}

/** Returns the header lines of a facts box, grouping headers that share level, note and source. */
export function headerLines(headers: PairedHeader[]): HeaderLine[] {
	const lines: HeaderLine[] = [];
	for (const h of headers) {
		const same = lines.find((l) => l.level === h.level && l.note === h.note && l.cite === h.cite);
		if (same) same.names.push(h.name);
		else lines.push({ names: [h.name], level: h.level, note: h.note, cite: h.cite });
	}
	return lines;
}

/** Every fact of a registered code with its citations (the one list the page and the JSON render), and its banner headline. */
export function factRowsOf(
	data: Pick<CodeData, 'code' | 'status'>,
	now: string,
): { facts: Facts; lifecycle: Lifecycle; headline: string; rows: FactRow[]; protocol: ProtocolFact } {
	const facts = factsOf(data.code);
	const protocol = protocolOf(data.code);
	const lifecycle = lifecycleOf(data);
	const headline = statusHeadline(lifecycle, now);
	const rows: FactRow[] = [
		{ fact: 'content', text: facts.content.text, cites: facts.content.cites },
		{ fact: 'caching', text: facts.caching.text, cites: facts.caching.cites },
		{ fact: 'retry', text: facts.retry.text, cites: facts.retry.cites },
		...facts.headers.map((h) => ({ fact: `header:${h.name}`, text: `${h.level} ${h.note}`, cites: [h.cite] })),
		{ fact: 'protocol', text: protocol.text, cites: protocol.cites },
		{ fact: 'status', text: statusText(data.code, headline), cites: statusCitations(data.code) },
	];
	return { facts, lifecycle, headline, rows, protocol };
}
