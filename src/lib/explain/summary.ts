import { identify } from './senders';
import { checkSpec } from './spec-checks';
import { nextStep } from './next-step';
import type { Card, Observation, Report } from './types';

/** Most cards a report lists; the counts still cover every status. */
export const MAX_CARDS = 50;
/** Up to this many statuses, cards keep the input's order; beyond it the worst and most frequent come first. */
const KEEP_ORDER_UP_TO = 12;
/** How much of a body a card shows. */
const BODY_SHOWN = 600;

/** Collects observations into cards (one per status, sender, catalogue entries and broken requirements) and counts. */
export class Collector {
	items: Report['items'] = [];
	private cards = new Map<string, Card>();

	add(obs: Observation): void {
		const { sender, status, platform, details } = identify(obs);
		const violations = checkSpec({ ...obs, status });
		this.items.push({ status, sender: sender.id, line: obs.line });
		const key = [status, sender.id, ...platform.map((p) => `${p.vendor}/${p.slug}`), ...violations.map((v) => v.id)].join('|');
		const card = this.cards.get(key);
		if (card) {
			card.count++;
			if (card.lines.length < 5) card.lines.push(obs.line);
			return;
		}
		this.cards.set(key, {
			status,
			format: obs.format,
			sender,
			platform,
			violations,
			details,
			next: nextStep({ status, sender: sender.id, platform, violations }),
			count: 1,
			lines: [obs.line],
			excerpt: obs.excerpt,
			headers: obs.headers?.length ? obs.headers : undefined,
			body: obs.body?.slice(0, BODY_SHOWN),
		});
	}

	/** The finished report (format, masking count and notes are the caller's). */
	report(format: Report['format'], masked: number, notes: string[]): Report {
		let cards = [...this.cards.values()];
		if (this.items.length > KEEP_ORDER_UP_TO) cards = cards.sort((a, b) => severity(b) - severity(a) || b.count - a.count);
		return {
			format,
			items: this.items,
			cards: cards.slice(0, MAX_CARDS),
			moreCards: Math.max(0, cards.length - MAX_CARDS),
			byStatus: countBy(this.items.map((i) => i.status)),
			bySender: countBy(this.items.map((i) => i.sender)),
			masked,
			notes,
		};
	}
}

/** Cards that need attention first: no response, server errors, client errors; broken requirements add one. */
function severity(card: Card): number {
	const s = card.status;
	const base = s === null || s < 100 || s >= 500 ? 3 : s >= 400 ? 2 : 0;
	return base + (card.violations.length ? 1 : 0);
}

function countBy<T>(values: T[]): [T, number][] {
	const counts = new Map<T, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]);
}
