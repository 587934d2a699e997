/** @jsxImportSource ./jsx */
// This island's own JSX runtime (jsx/jsx-runtime.ts says why).
import type { Card } from '../../lib/explain/types';
import { FORMATS } from '../../lib/explain/types';
import { SENDERS } from '../../lib/explain/senders';
import { VENDORS, type Lookup } from './catalogue';

/** The heading text of a card: `503 Service Unavailable`, or what the number is when no page names it. */
function title(status: number | null, lookup: Lookup): string {
	if (status === null) return 'Status not shown in the input';
	const name = lookup.name(status);
	if (name) return `${status} ${name}`;
	return status < 100 ? `${status} (no HTTP response)` : `${status} (not a registered or known status)`;
}

/** One status found: code and name, where it came from, who sent it, broken requirements, the next step. */
export function ExplainCard({ card, lookup }: { card: Card; lookup: Lookup }) {
	const linked = card.status !== null && lookup.name(card.status) !== undefined;
	const entries = card.platform.map((p) => ({ ...p, href: lookup.platformHref(p.vendor, p.slug) })).filter((p) => p.href);
	return (
		<article class="explain-card">
			<h3 class="explain-card-title">
				{linked ? <a href={lookup.codeHref(card.status!)}>{title(card.status, lookup)}</a> : title(card.status, lookup)}
				{card.count > 1 && <span class="explain-count">{` ×${card.count}`}</span>}
			</h3>
			<dl class="explain-facts">
				<dt>Format</dt>
				<dd>{FORMATS[card.format]}</dd>
				<dt>Sent by</dt>
				<dd>
					<strong>{SENDERS[card.sender.id] ?? card.sender.id}</strong>
					{`: ${card.sender.evidence}`}
				</dd>
				<dt>{card.lines.length > 1 ? 'Lines' : card.format === 'har' ? 'Entry' : 'Line'}</dt>
				<dd>{card.lines.join(', ') + (card.count > card.lines.length ? ', …' : '')}</dd>
				{card.details.length > 0 && (
					<>
						<dt>Details</dt>
						<dd>{card.details.join(' · ')}</dd>
					</>
				)}
				{entries.length > 0 && (
					<>
						<dt>Look up</dt>
						<dd>
							{entries.map((p, i) => (
								<>
									{i > 0 && ', '}
									<a href={p.href}>{`${VENDORS[p.vendor] ?? p.vendor} ${p.id}`}</a>
								</>
							))}
						</dd>
					</>
				)}
			</dl>
			{card.violations.length > 0 && (
				<div class="explain-broken">
					<h4>Breaks the spec</h4>
					<ul>
						{card.violations.map((v) => (
							<li key={v.id}>
								{`${v.message} `}
								<details class="cite">
									<summary>{`${v.cite.label} (${v.level})`}</summary>
									<blockquote>
										{`“${v.cite.quote}” `}
										<a href={v.cite.url}>Read the section</a>
									</blockquote>
								</details>
							</li>
						))}
					</ul>
				</div>
			)}
			<p class="explain-next">
				<strong>Next step: </strong>
				{card.next}
			</p>
			<pre class="explain-excerpt">
				<code>{card.excerpt}</code>
			</pre>
			{(card.headers || card.body) && (
				<details class="explain-raw">
					<summary>{card.headers ? `Response headers (${card.headers.length})${card.body ? ' and body' : ''}` : 'Body'}</summary>
					<pre class="explain-excerpt">
						<code>{[...(card.headers ?? []).map(([n, v]) => `${n}: ${v}`), ...(card.body ? ['', card.body] : [])].join('\n')}</code>
					</pre>
				</details>
			)}
		</article>
	);
}
