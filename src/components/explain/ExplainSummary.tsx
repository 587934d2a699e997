/** @jsxImportSource ./jsx */
// This island's own JSX runtime (jsx/jsx-runtime.ts says why).
import type { Report } from '../../lib/explain/types';
import { FORMATS } from '../../lib/explain/types';
import { SENDERS } from '../../lib/explain/senders';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What was read: format, how many statuses, secrets masked, notes; counts per code and sender for many lines. */
export function ExplainSummary({ report }: { report: Report }) {
	const total = report.items.length;
	return (
		<div class="explain-summary" id="explain-summary">
			<p>
				{`Read as ${report.format ? FORMATS[report.format] : 'unknown'}: ${plural(total, 'status', 'statuses')} found`}
				{report.masked > 0 ? `, ${plural(report.masked, 'secret')} masked before reading.` : '.'}
			</p>
			{report.notes.map((note) => (
				<p key={note} class="explain-note">
					{note}
				</p>
			))}
			{total > 1 && (
				<div class="explain-counts">
					<section aria-labelledby="by-code">
						<h3 id="by-code">By status</h3>
						<ul>
							{report.byStatus.map(([status, count]) => (
								<li key={String(status)}>{`${status ?? 'not shown'}: ${count}`}</li>
							))}
						</ul>
					</section>
					<section aria-labelledby="by-sender">
						<h3 id="by-sender">By sender</h3>
						<ul>
							{report.bySender.map(([sender, count]) => (
								<li key={sender}>{`${SENDERS[sender] ?? sender}: ${count}`}</li>
							))}
						</ul>
					</section>
				</div>
			)}
			{report.moreCards > 0 && <p class="explain-note">{`${plural(report.moreCards, 'more group')} of rarer statuses not shown as cards.`}</p>}
		</div>
	);
}
